/**
 * Realistic AI-policy drafts of any size for the benchmark and the robustness tests.
 *
 * A seeded PRNG composes varied blocks from templates: headings, paragraphs of claims with
 * figures and dates, quotations in every style, numeric / footnote / Pandoc markers, lists,
 * block quotes with attribution lines, tables, code fences, inline code, links, HTML and
 * suppression comments, non-Latin text and emoji, and a References section at the end.
 * The same seed and size always give the same text.
 */

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DraftOptions {
  /** Entity names and aliases to weave in (e.g. from the bundled fact base). */
  readonly entityNames?: readonly string[];
  /** Reference titles for the References list. */
  readonly referenceTitles?: readonly string[];
  /** Line ending; default "\n". */
  readonly eol?: string;
}

const defaultEntities = [
  'Anthropic', 'Claude Mythos Preview', 'Mythos', 'Project Glasswing', 'OpenAI', 'Google DeepMind', 'CISA',
  'the Pentagon', 'Dario Amodei', 'Logan Graham', 'Opus 4.6', 'SWE-bench Verified', 'CyberGym', 'Linux Foundation',
  'Microsoft', 'NVIDIA', 'CrowdStrike', 'Amazon Web Services', 'DARPA', 'FFmpeg', 'OpenBSD', 'ASL-3',
];
const defaultTitles = [
  'Project Glasswing: Securing Critical Software for the AI Era',
  'Claude Mythos Preview System Card',
  'Responsible Scaling Policy',
  'Alignment Risk Update: Claude Mythos Preview',
  'Exclusive: Anthropic left details of an unreleased model in a public database',
  'Anthropic gives partners gated access to Mythos',
  'OpenAI launches GPT-5.3-Codex',
  'Pentagon designates Anthropic a supply chain risk',
  'Microsoft files amicus brief',
  'Anthropic withholds its most capable model',
];

const topics = [
  'Executive summary', 'Background', 'Capabilities and benchmarks', 'The leak', 'Access and partners',
  'Government response', 'Risk assessment', 'Model welfare', 'Open questions', 'Recommendations',
  'Policy options', 'Timeline', 'Industry reaction', 'Legal challenges', 'Methodology',
];
const nouns = ['model', 'benchmark', 'coalition', 'vulnerability', 'disclosure', 'safeguard', 'framework', 'lawsuit', 'briefing', 'release', 'evaluation', 'partner'];
const verbs = ['reported', 'said', 'warned', 'argued', 'noted', 'described', 'announced', 'told reporters', 'wrote'];
const adjectives = ['significant', 'unprecedented', 'narrow', 'staged', 'deliberate', 'contested', 'careful', 'limited', 'sweeping', 'technical'];
const quoteBodies = [
  'by far the most powerful AI model we have ever developed',
  'we did not feel comfortable releasing this generally',
  'much more likely this year',
  'the overall risk is very low but higher than for previous models',
  'an upcoming wave of models that can exploit vulnerabilities',
  'a new tier of model larger and more intelligent than our Opus models',
  'the most psychologically settled model we have trained',
  'this is not a decision we made lightly',
  'defenders need a head start before these capabilities spread',
  'the window between discovery and exploitation is closing fast',
];
const nonLatin = ['μῦθος', 'モデルの安全性', 'модель искусственного интеллекта', 'نموذج الذكاء الاصطناعي', '人工智能安全', 'Sicherheitslücke', 'naïve café déjà-vu'];
const emoji = ['🚀', '🔒', '⚠️', '👩‍💻', '🇪🇺', '🧪'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pandocKeys = ['amodei2026', 'graham2026cnn', 'fortune2026leak', 'systemcard2026', 'rsp2025'];

/** A draft of about `size` UTF-16 code units (never shorter), reproducible from `seed`. */
export function generateDraft(size: number, seed = 1, options: DraftOptions = {}): string {
  const rnd = prng(seed);
  const eol = options.eol ?? '\n';
  const ents = options.entityNames?.length ? options.entityNames : defaultEntities;
  const titles = options.referenceTitles?.length ? options.referenceTitles : defaultTitles;
  const refCount = Math.max(3, titles.length);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const chance = (p: number) => rnd() < p;

  const footnotes = new Set<string>();
  const links: string[] = [];

  const marker = (): string => {
    const r = rnd();
    const n = 1 + int(refCount);
    if (r < 0.45) return `[${n}]`;
    if (r < 0.55) return `[${n}][${1 + int(refCount)}]`;
    if (r < 0.62) return `[${n}, ${1 + int(refCount)}]`;
    if (r < 0.67) return `[${Math.min(n, refCount - 2)}-${Math.min(n, refCount - 2) + 2}]`;
    if (r < 0.8) {
      const label = chance(0.5) ? String(1 + int(40)) : `note-${pick(nouns)}`;
      footnotes.add(label);
      return `[^${label}]`;
    }
    if (r < 0.9) return `[@${pick(pandocKeys)}${chance(0.3) ? `, p. ${1 + int(300)}` : ''}]`;
    if (r < 0.95) return `[${refCount + 1 + int(5)}]`; // dangling
    return '';
  };
  const figure = (): string => {
    const r = rnd();
    if (r < 0.25) return `${(10 + rnd() * 89).toFixed(1)}%`;
    if (r < 0.4) return `$${1 + int(900)} ${pick(['million', 'billion'])}`;
    if (r < 0.55) return `${(1 + int(40)).toLocaleString('en-US')} ${pick(['organizations', 'partners', 'vulnerabilities', 'engineers'])}`;
    if (r < 0.65) return `${1 + int(30)}-year-old`;
    if (r < 0.75) return `${1 + int(12)} ${pick(['days', 'weeks', 'months', 'years'])}`;
    if (r < 0.85) return `${pick(['nearly', 'about', 'more than', 'up to'])} ${(1000 + int(9000)).toLocaleString('en-US')}`;
    return `${1 + int(900)} ${pick(['pages', 'tokens', 'GB', 'parameters'])}`;
  };
  const date = (): string => {
    const r = rnd();
    const y = 2019 + int(8);
    if (r < 0.4) return `${pick(months)} ${1 + int(28)}, ${y}`;
    if (r < 0.6) return `${1 + int(28)} ${pick(months)} ${y}`;
    if (r < 0.8) return `${pick(months)} ${y}`;
    return `${y}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
  };
  const quote = (body: string): string => {
    const r = rnd();
    if (r < 0.35) return `"${body}"`;
    if (r < 0.6) return `“${body}”`;
    if (r < 0.7) return `‘${body}’`;
    if (r < 0.78) return `'${body}'`;
    if (r < 0.86) return `«${body}»`;
    if (r < 0.92) return `„${body}“`;
    return `"${body.replace(/ (\S+) (\S+)$/, " '$1 $2'")}"`; // nested quote
  };
  const inline = (): string => {
    const r = rnd();
    if (r < 0.2) return ` (see \`policy-lens check --format json\`)`;
    if (r < 0.4) {
      const url = `https://example.org/${pick(nouns)}/${int(1000)}?ref=${int(99)}`;
      links.push(url);
      return ` as [the ${pick(nouns)} page](${url}) shows`;
    }
    if (r < 0.5) return ` <!-- TODO: verify ${pick(nouns)} -->`;
    if (r < 0.6) return ` (${pick(nonLatin)})`;
    if (r < 0.7) return ` ${pick(emoji)}`;
    if (r < 0.8) return ` at <https://www.example.com/${int(500)}>`;
    if (r < 0.9) return ` — the "${pick(['Capybara', 'frontier', 'gated'])}" tier —`;
    return ` and the company's partners' ${pick(nouns)}s`;
  };

  const sentence = (): string => {
    const e = pick(ents);
    const e2 = pick(ents);
    const m = chance(0.55) ? marker() : '';
    const t = int(14);
    let s: string;
    switch (t) {
      case 0: s = `${e} ${pick(verbs)} that ${e2} had ${figure()} by ${date()}.${m}`; break;
      case 1: s = `On ${date()}, ${e} ${pick(verbs)} ${quote(pick(quoteBodies))}.${m}`; break;
      case 2: s = `${quote(pick(quoteBodies))}, ${e} ${pick(verbs)} in ${2020 + int(7)}.${m}`; break;
      case 3: s = `The ${pick(adjectives)} ${pick(nouns)} covered ${figure()}, ${figure()} and ${figure()}.${m}`; break;
      case 4: s = `${e} is the first ${pick(nouns)} to score ${figure()} on ${e2}${m}, against ${figure()} for its predecessor.`; break;
      case 5: s = `According to ${e}, the ${pick(nouns)} was ${pick(adjectives)} — the most ${pick(adjectives)} in ${figure()}.${m}`; break;
      case 6: s = `Critics don't agree: ${e2}'s ${pick(nouns)} isn't ${pick(adjectives)}, and ${e}’s ${pick(nouns)} wasn't either.${m}`; break;
      case 7: s = `${e} ${pick(verbs)}${inline()}, while ${e2} said little.${m}`; break;
      case 8: s = `In ${pick(months)} ${2020 + int(7)} the U.S. government and ${e} (e.g. ${e2}) agreed on ${figure()}.${m}`; break;
      case 9: s = `Dr. Smith of ${e} wrote that ${e2} was ${pick(adjectives)}; the ${pick(nouns)} cost ${figure()}${m}.`; break;
      case 10: s = `Is the ${pick(nouns)} ${pick(adjectives)}? ${e} thinks so${inline()}.${m}`; break;
      case 11: s = `${e} ${pick(verbs)}: ${quote(pick(quoteBodies))}${m} and moved on.`; break;
      case 12: s = `${pick(nonLatin)} — ${e} ${pick(emoji)} ${pick(verbs)} ${figure()} in ${date()}.${m}`; break;
      default: s = `Version 4.6 of ${e} and **${e2}** _ran_ \`${pick(nouns)}\` checks with ${figure()}.${m}`;
    }
    return s;
  };
  const paragraph = (): string => {
    const n = 2 + int(5);
    const lines: string[] = [];
    let cur = '';
    for (let i = 0; i < n; i++) {
      cur += (cur ? ' ' : '') + sentence();
      if (chance(0.3)) {
        lines.push(cur);
        cur = '';
      }
    }
    if (cur) lines.push(cur);
    return lines.join(eol);
  };

  const block = (): string => {
    const r = rnd();
    if (r < 0.55) return paragraph();
    if (r < 0.63) {
      const n = 2 + int(5);
      const ordered = chance(0.4);
      const items: string[] = [];
      for (let i = 0; i < n; i++) {
        items.push(`${ordered ? `${i + 1}.` : pick(['-', '*', '+'])} ${sentence()}`);
        if (chance(0.2)) items.push(`   ${ordered ? '' : ' '}- ${sentence()}`);
      }
      return items.join(eol);
    }
    if (r < 0.7) {
      const lines = [`> ${sentence()}`, `> ${sentence()}`];
      if (chance(0.3)) lines.push('>', `> ${sentence()}`);
      if (chance(0.5)) lines.push(`— ${pick(ents)}, ${pick(['CNN', 'Fortune', 'Axios', 'TechCrunch'])} ${marker()}`);
      return lines.join(eol);
    }
    if (r < 0.76) {
      const rows = [`| ${pick(nouns)} | score | date | source |`, '|---|---:|---|---|'];
      const n = 3 + int(6);
      for (let i = 0; i < n; i++) rows.push(`| ${pick(ents)} | ${(rnd() * 100).toFixed(1)}% | ${date()} | ${marker() || '—'} |`);
      return rows.join(eol);
    }
    if (r < 0.81) {
      const lang = pick(['json', 'python', 'bash', '']);
      const body = [
        `{ "model": "${pick(ents)}", "score": ${(rnd() * 100).toFixed(1)}, "quote": "${pick(quoteBodies)}" }`,
        `# "not a quotation" [1] ${pick(ents)} 83.1% in 2026`,
        `curl https://example.com/api/${int(100)} -d '[${int(9)}]'`,
      ];
      return ['```' + lang, ...body.slice(0, 1 + int(3)), '```'].join(eol);
    }
    if (r < 0.84) return `<!-- policy-lens-disable-next-line PL007 -->${eol}${sentence()}`;
    if (r < 0.87) return `<!--${eol}Editor's note: "${pick(quoteBodies)}" [99]${eol}-->`;
    if (r < 0.9) return `![${pick(nouns)} chart](https://example.org/img/${int(100)}.png "Figure ${1 + int(9)}")${eol}*Figure ${1 + int(9)}: ${sentence()}*`;
    if (r < 0.93) return `    indented code: "${pick(quoteBodies)}" [${int(9)}]`;
    if (r < 0.96) return `$$${eol}E = mc^2 \\quad [1]${eol}$$`;
    return `- [ ] ${sentence()}${eol}- [x] ${sentence()}`;
  };

  const front = ['---', `title: "${pick(topics)}: ${pick(ents)}"`, `date: 2026-04-${String(1 + int(28)).padStart(2, '0')}`, 'tags: [ai-policy, draft]', '---', ''];
  const parts: string[] = [front.join(eol), `# ${pick(ents)} and ${pick(ents)}: a policy brief`];
  let length = parts[0].length + parts[1].length;
  // Reserve room for the tail (References, footnotes, link definitions).
  const tailEstimate = 1500;
  let sectionNo = 0;
  while (length + tailEstimate < size) {
    let b: string;
    if (chance(0.08)) {
      sectionNo++;
      b = `${'#'.repeat(2 + int(2))} ${sectionNo}. ${pick(topics)}${chance(0.2) ? ` (${date()})` : ''}`;
      if (chance(0.1)) b = `${pick(topics)}${eol}${'-'.repeat(8)}`; // setext
    } else b = block();
    parts.push(b);
    length += b.length + 2 * eol.length;
  }
  const tail: string[] = ['## References', ''];
  const style = int(2);
  for (let i = 0; i < refCount; i++) {
    const t = titles[i % titles.length];
    tail.push(style === 0 ? `${i + 1}. "${t}" - ${pick(['Anthropic', 'Fortune', 'CNN', 'TechCrunch'])}, ${date()}. https://example.org/source/${i + 1}` : `${i + 1}. ${t}. ${pick(['Anthropic', 'Axios'])} (${date()}).`);
  }
  tail.push('');
  for (const label of [...footnotes].sort()) tail.push(`[^${label}]: ${sentence()}`);
  tail.push('');
  tail.push(`[glasswing]: https://www.anthropic.com/glasswing "Project Glasswing"`);
  tail.push(`[card]: <https://example.org/card.pdf> 'System card'`);
  let text = parts.join(eol + eol) + eol + eol + tail.join(eol) + eol;
  // Pad with more paragraphs (before the References) if the tail estimate was generous.
  if (text.length < size) {
    const pad: string[] = [];
    let missing = size - text.length;
    while (missing > 0) {
      const b = paragraph();
      pad.push(b);
      missing -= b.length + 2 * eol.length;
    }
    const at = text.lastIndexOf(`${eol}## References`);
    text = text.slice(0, at) + eol + eol + pad.join(eol + eol) + text.slice(at);
  }
  return text;
}
