/**
 * Hostile drafts that made the analysis quadratic (a regular expression retrying from every
 * position of a long run), kept as tests: the time must grow like the text (×4 text, well
 * under ×16 time), measured in a worker with a deadline, next to markdown-it. A test of a bug
 * still listed in test/fuzz/knownBugs.ts is pending: delete the entry once it is fixed.
 */
import * as assert from 'node:assert/strict';
import { Harness, growthOf } from '../fuzz/deadline';
import { isKnown, knownBugs } from '../fuzz/knownBugs';

const cases: { bug?: string; title: string; n?: number; make: (n: number) => { text: string; bibliography?: string } }[] = [
  { bug: 'redos-reference-link', title: 'a footnote definition of "[" characters', make: (n) => ({ text: `Text [^1].\n\n[^1]: ${'['.repeat(n)}\n` }) },
  { bug: 'redos-reference-link', title: 'a References item of "[" characters', make: (n) => ({ text: `Text [1].\n\n## References\n\n1. ${'['.repeat(n)}\n` }) },
  { bug: 'redos-quoted-title', title: 'a References item of opening quotation marks', make: (n) => ({ text: `Text [1].\n\n## References\n\n1. ${'“'.repeat(n)}\n` }) },
  { bug: 'redos-reference-trim', title: 'a References item whose URL ends in ")" characters', make: (n) => ({ text: `Text [1].\n\n## References\n\n1. https://x.org/${')'.repeat(n)}a\n` }) },
  { bug: 'redos-reference-trim', title: 'a footnote definition of dots', make: (n) => ({ text: `Text [^1].\n\n[^1]: x${'.'.repeat(n)}x\n` }) },
  { bug: 'redos-reference-trim', title: 'a footnote definition with a long run of spaces', make: (n) => ({ text: `Text [^1].\n\n[^1]: a${' '.repeat(n)}b\n` }) },
  { bug: 'redos-quote-brackets', title: 'a quotation holding "[" characters', make: (n) => ({ text: `He said “a b c ${'['.repeat(n)}” today.\n` }) },
  { bug: 'redos-html-directive', title: 'an unclosed comment block full of suppression comments', n: 100000, make: (n) => ({ text: `<!--${' <!--policy-lens-enable'.repeat(Math.ceil(n / 23))}\n` }) },
  { bug: 'redos-decimals', title: 'a percentage with a very long number', make: (n) => ({ text: `Claude Mythos Preview scored ${'9'.repeat(n)}% on CyberGym.\n` }) },
  { bug: 'stub-fix-per-marker', title: 'a line of dangling "[1]" markers', make: (n) => ({ text: `Anthropic said ${'[1]'.repeat(Math.ceil(n / 3))} in 2026.` }) },
  { bug: 'scanquotes-overshoot', title: 'many short paragraphs and one quotation mark at the end', n: 60000, make: (n) => ({ text: `${'word\n\n'.repeat(Math.ceil(n / 6))}"\n` }) },
  // From 240,000 characters: at 60,000 the analysis of these 6,700 paragraphs still fits in
  // V8's young generation and at 240,000 it does not, so that step alone measured ×8–11 (the
  // same on builds a day apart) from garbage collection; from 240,000 to 960,000, ×2.8–4.5.
  { title: 'many short paragraphs and one full stop at the end', n: 240000, make: (n) => ({ text: `${'a "b" c\n\n'.repeat(Math.ceil(n / 9))}End.\n` }) },
  { bug: 'redos-bibtex-entry', title: 'a .bib file of "@A(@"', make: (n) => ({ text: '---\nbibliography: refs.bib\n---\n\nText [@key].\n', bibliography: '@A(@'.repeat(Math.ceil(n / 4)) }) },
];

describe('ReDoS regressions: analysis time grows like the text', function () {
  this.timeout(10 * 60 * 1000);
  const harness = new Harness();
  after(() => harness.close());
  for (const c of cases) {
    const bug = c.bug ? knownBugs[c.bug] : undefined;
    (c.bug && isKnown(c.bug) ? it.skip : it)(`${c.title}${bug ? ` (${bug.file})` : ''}`, async () => {
      const g = await growthOf(harness, c.title, c.make, c.n ?? 10000, { ratio: 400, floorMs: 30000, minMs: 100, maxGrowth: 8 });
      assert.ok(!g.superlinear, g.description);
    });
  }
});
