import * as assert from 'assert';
import { createAnalyzer, type Fix } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { applyFix } from './core.fixes.test';

/**
 * A fix that adds a reference adds it to the draft's references (its References, Sources or Notes
 * list, its definitions, its footnotes), never to a reading list ("Further reading", "Recommended
 * reading") that merely stands last: those works are there to be read, not cited. A reading list
 * takes the new source only when it is the draft's reference list in fact, cited by its markers.
 */

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const codes = (text: string) => analyzer.analyze(text).findings.map((f) => f.code);

function fixOf(text: string, code: string): Fix {
  const found = analyzer.analyze(text).findings.find((f) => f.code === code);
  assert.ok(found?.fixes.length, `${code} with a fix: ${JSON.stringify(codes(text))}`);
  return found.fixes[0];
}

const cnn = 'Logan Graham told CNN: "We did not feel comfortable releasing this generally."';
const cnnEntry = 'Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN';
const reading = '## Further reading\n\n- Kovalent, *Securing Open Source* (2025)\n- M. Osei, *The Patch Gap* (2024)\n';

describe('citation fixes: a reading list is no place for a new source', () => {
  it('adds the source to the References list above a Further reading list, under the number after its own', () => {
    const text = `${cnn}\n\nThe system card describes the model.[1]\n\n## References\n\n1. Claude Mythos Preview System Card - Anthropic\n\n${reading}`;
    const fix = fixOf(text, 'PL001');
    assert.match(fix.title, /as \[2\] and add it to the References list$/);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes(`1. Claude Mythos Preview System Card - Anthropic\n2. ${cnnEntry}\n\n## Further reading`), fixed);
    assert.ok(fixed.endsWith(reading), fixed);
    assert.deepStrictEqual(codes(fixed), []);
  });

  it('adds a footnote when the draft cites by footnotes and ends with a Recommended reading list', () => {
    const text = `${cnn}\n\nThe system card describes the model.[^card]\n\n[^card]: Anthropic, "Claude Mythos Preview System Card," April 2026.\n\n## Recommended reading\n\n1. Kovalent, *Securing Open Source* (2025)\n2. M. Osei, *The Patch Gap* (2024)\n`;
    const fix = fixOf(text, 'PL001');
    assert.match(fix.title, /as \[\^cnn\] and add a footnote definition$/);
    const fixed = applyFix(text, fix);
    assert.match(fixed, /April 2026\.\n\[\^cnn\]: CNN, "Anthropic Releases/);
    assert.match(fixed, /2\. M\. Osei, \*The Patch Gap\* \(2024\)\n$/);
    assert.deepStrictEqual(codes(fixed), []);
  });

  it('adds a reference definition when the draft cites by definitions', () => {
    const text = `${cnn}\n\nThe system card describes the model.[1]\n\n[1]: https://www.anthropic.com/card "Claude Mythos Preview System Card"\n\n${reading}`;
    const fixed = applyFix(text, fixOf(text, 'PL001'));
    assert.match(fixed, /"Claude Mythos Preview System Card"\n\[2\]: <> "Anthropic Releases/);
    assert.ok(fixed.endsWith(reading), fixed);
    assert.deepStrictEqual(codes(fixed), []);
  });

  it('creates a References section, numbered from 1, when a reading list is the only list', () => {
    const text = `${cnn}\n\n${reading}`;
    const fix = fixOf(text, 'PL001');
    assert.match(fix.title, /as \[1\] in a new References section$/);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.endsWith(`${reading}\n## References\n\n1. ${cnnEntry}\n`), fixed);
    assert.deepStrictEqual(codes(fixed), []);
  });

  it('adds a dangling marker’s stub to the References list, not to the reading list after it', () => {
    const text = `The model was withheld.[3]\n\nThe system card describes the model.[1]\n\n## References\n\n1. Claude Mythos Preview System Card - Anthropic\n\n${reading}`;
    const fix = fixOf(text, 'PL002');
    assert.strictEqual(fix.title, 'Add reference 3 to the References list');
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('1. Claude Mythos Preview System Card - Anthropic\n3. TODO: source for [3]\n\n## Further reading'), fixed);
  });

  it('still adds to a reading list that the draft’s markers cite, its only list', () => {
    const text = `${cnn}\n\nThe system card describes the model.[1]\n\n## Further reading\n\n1. Claude Mythos Preview System Card - Anthropic\n`;
    const fix = fixOf(text, 'PL001');
    assert.match(fix.title, /as \[2\] and add it to the Further reading list$/);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.endsWith(`1. Claude Mythos Preview System Card - Anthropic\n2. ${cnnEntry}\n`), fixed);
    assert.deepStrictEqual(codes(fixed), []);
  });

  // Blind QA round 18, tester O item 2.1: "Cite [1]" (the reading list's first item) and a new References section's "1." applied together.
  it('adds the source to a reading list another fix cites by number, so that each marker keeps its own source when both are applied', () => {
    const glasswing = '- [Project Glasswing: Securing Critical Software for the AI Era](https://www.anthropic.com/glasswing) — Anthropic';
    const text = `Claude Mythos Preview found a 27-year-old flaw in OpenBSD and a 16-year-old bug in FFmpeg.\nThe leaked draft called it "by far the most powerful AI model we've ever developed".\n\n## Further reading\n\n${glasswing}\n- [Claude Mythos Preview System Card](https://www.anthropic.com/claude-mythos-preview-system-card) — Anthropic\n`;
    assert.strictEqual(fixOf(text, 'PL007').title, 'Cite [1] Project Glasswing: Securing Critical Software for the AI Era');
    const quote = fixOf(text, 'PL001');
    assert.match(quote.title, /as \[3\] and add it to the Further reading list$/);
    const both = applyFix(applyFix(text, quote), fixOf(text, 'PL007'));
    const a = analyzer.analyze(both);
    const titles = a.citations.map((c) => `${c.label}: ${c.referenceIndex === undefined ? '' : a.references[c.referenceIndex].title}`);
    assert.deepStrictEqual(titles, ['1: Project Glasswing: Securing Critical Software for the AI Era', '3: Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks']);
    assert.doesNotMatch(both, /## References/);
  });
});
