/**
 * Kinds of event that English tells by several words: a fact whose cues hold a word of one kind
 * is also cued by the words that kind adds, so the writer's choice of word ties the same event.
 * The details of a model that leaked also "surfaced", "emerged", "came to light", "became known"
 * or "were exposed" before their time: a date given with any of these is the leak's, where the
 * fact base has a leak (a fact cued "leak", "leaked" or "exposed"). Not "came out" or "became
 * public": a model, a report or a release "came out" as often as a leak's details did, so a
 * wrong date with them could be either's ("Claude Mythos Preview came out on April 9" was held
 * against the leak's March 26); they tie no fact (a miss rather than a wrong fix). A fact base's
 * own cues stay as they are; the added words go after them, only for a fact that dates its
 * event, are matched as written ("surfaced", not the noun "surfaces"), and tie nothing after a
 * noun of reporting ("Reports emerged on 30 March that …" dates the reports: see `notAfterReportNoun`).
 * A thing released was also "deployed publicly": "OpenAI's choice to deploy GPT-5.3-Codex publicly
 * in January 2026" dates the release, where the fact base has one (a fact cued "released" or
 * "release"); "deployed" alone may be an activation's ("deployed ASL-3 protections"), not a release.
 * A "…" in an added word stands for up to three words of the verb's object (see `objectGap`).
 */
const eventKinds: readonly { readonly by: readonly string[]; readonly adds: readonly string[] }[] = [
  { by: ['leak', 'leaked', 'exposed'], adds: ['exposed', 'surfaced', 'emerged', 'came to light', 'became known'] },
  { by: ['released', 'release'], adds: ['deploy … publicly', 'deploys … publicly', 'deployed … publicly', 'deploying … publicly', 'publicly deployed'] },
];

/**
 * What a "…" in an added word matches, between the white space around it: none to three words of
 * the verb's object ("deploy publicly", "deploy GPT-5.3-Codex publicly", "deployed the new model
 * publicly"), not across a comma, a colon or a bracket. Each word is a run of what white space
 * ends, so a text matches it one way only.
 */
const objectGap = String.raw`(?:\s+[^\s,;:!?()\[\]]+){0,3}\s+`;

/**
 * A cue's pattern (as `cueRegExp` spells it, words joined by `\s+`) with each "…" made the words of
 * an object (see `objectGap`): "deploy\s+…\s+publicly" → "deploy(?:\s+[^\s,…]+){0,3}\s+publicly".
 */
export function withObjectGaps(source: string): string {
  return source.includes('…') ? source.replace(/\\s\+…\\s\+/g, objectGap) : source;
}

/** The cues with the words each kind one of them belongs to adds (see above), and which words were added. */
export function withEventKindCues(cues: readonly string[]): { readonly cues: readonly string[]; readonly added: ReadonlySet<string> } {
  const own = new Set(cues.map((c) => c.trim().toLowerCase()));
  let out: string[] | undefined;
  const added = new Set<string>();
  for (const kind of eventKinds) {
    if (!kind.by.some((w) => own.has(w))) continue;
    for (const word of kind.adds) {
      if (own.has(word) || added.has(word)) continue;
      (out ??= [...cues]).push(word);
      added.add(word);
    }
  }
  return { cues: out ?? cues, added };
}

/**
 * A lookbehind put after an added word (`source`, its pattern): not after a noun of reporting, whose
 * date it then is ("Reports emerged on …", "news surfaced on …"). Holding the word, it runs only where the word matched.
 */
export function notAfterReportNoun(source: string): string {
  return String.raw`(?<!(?:^|[^\p{L}\p{N}])(?:reports?|news|word|rumou?rs?|stories|story|accounts?|claims?|allegations?)[ \t]+${source})`;
}
