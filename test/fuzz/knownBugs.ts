/**
 * Bugs the fuzz tests found that are not fixed yet, each with its minimal input, where the
 * fix belongs and what it is. While a bug is listed here the fuzz properties skip the one
 * check it breaks (nothing else), and its regression test in fuzz.regressions.test.ts is
 * pending. Fix the bug, delete its entry: the checks and the regression test become strict.
 * POLICY_LENS_FUZZ_STRICT=1 ignores this list (to see whether the bugs are still there).
 */
export interface KnownBug {
  readonly input: string;
  /** The content of refs.bib, for bugs in reading a bibliography file (the input names it in front matter). */
  readonly bibliography?: string;
  readonly file: string;
  readonly fix: string;
  /** The regular expressions at fault, exactly as written in the source (ReDoS bugs). */
  readonly patterns?: readonly RegExp[];
}

export const knownBugs: Readonly<Record<string, KnownBug>> = {
  // None pending: every bug the fuzz tests found so far is fixed and has a strict regression test.
};

const strict = typeof process !== 'undefined' && process.env.POLICY_LENS_FUZZ_STRICT === '1';

/** Whether the check that `id` breaks is to be skipped (the bug is listed and not strict). */
export function isKnown(id: string): boolean {
  return !strict && id in knownBugs;
}

/**
 * Attack strings that still make the analysis grow faster than the text, by what was repeated
 * (a recheck attack's pattern, or a classic unit such as "[") and the place in the draft:
 * pending fixes, listed in `knownBugs`.
 */
const slowCases: readonly { readonly bug: string; readonly pattern: RegExp; readonly place?: RegExp }[] = [
  { bug: 'redos-bibtex-entry', pattern: /^@\(\[A-Za-z\]\+\)|^@A\(@$/, place: /bibliography file/ },
  { bug: 'redos-html-directive', pattern: /policy-lens-/, place: /html comment/ },
  { bug: 'redos-decimals', pattern: /\\d\[\\d,\]\*/ },
  { bug: 'redos-quoted-title', pattern: /“/, place: /references item|footnote definition/ },
  { bug: 'redos-reference-trim', pattern: /\[\\s\.,;|\[\.,;\)\]/, place: /references item|footnote definition/ },
  { bug: 'redos-reference-link', pattern: /\[|\\\[/, place: /references item|footnote definition/ },
  { bug: 'redos-quote-brackets', pattern: /\[|\\\[/, place: /quotation|block quote/ },
  { bug: 'stub-fix-per-marker', pattern: /^\[1\]$/, place: /document|paragraph|heading|list item|table cell|block quote/ },
];

export function knownSlow(patternSource: string, place: string): string | undefined {
  if (strict) return undefined;
  return slowCases.find((c) => c.bug in knownBugs && c.pattern.test(patternSource) && (!c.place || c.place.test(place)))?.bug;
}

/** The listed bug whose pattern this is (`/source/flags`), unless strict. */
export function knownPattern(source: string, flags: string): string | undefined {
  if (strict) return undefined;
  for (const [id, bug] of Object.entries(knownBugs)) if (bug.patterns?.some((p) => p.source === source && p.flags === flags)) return id;
  return undefined;
}
