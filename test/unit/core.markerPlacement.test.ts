import * as assert from 'assert';
import { createAnalyzer, type Finding, type TextEdit } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { gluedAfterStop, markerInsertion, markerPlacement } from '../../src/core/fixes/markerPlacement';
import { applyFix } from './core.fixes.test';

/**
 * The citation fixes set a new marker where the document sets its own: after a space or glued,
 * before or after the sentence's full stop, as most of its markers are (blind QA round 31,
 * tester Q, section 2 "Marker style").
 */

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

const references = '\n\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n3. Claude Mythos Preview System Card - Anthropic (PDF)\n4. Alignment Risk Update: Claude Mythos Preview - Anthropic (PDF)\n';
/** A paragraph with no marker: a quotation on record and two claims on record, each of a listed source. */
const uncited =
  'Anthropic also describes the resulting alignment risk as "very low, but higher than for previous models", and has committed up to $100 million in usage credits to the programme. The system card, published the same day, runs to 244 pages.';

/** Every preferred citation fix (PL001, PL007) applied at once. */
function applyCitationFixes(text: string): string {
  const edits = new Map<string, TextEdit>();
  const found: Finding[] = analyzer.analyze(text).findings.filter((f) => f.code === 'PL001' || f.code === 'PL007');
  assert.ok(found.length >= 3, JSON.stringify(found.map((f) => f.code)));
  for (const f of found) for (const fix of f.fixes) if (fix.isPreferred) for (const e of fix.edits) edits.set(JSON.stringify(e), e);
  return applyFix(text, { title: 'all', edits: [...edits.values()] });
}

/** The fixed paragraph, and what the analyzer still finds for it: nothing uncited. */
function fixedParagraph(cited: string): { paragraph: string; left: string[] } {
  const text = `${cited}\n\n${uncited}${references}`;
  const fixed = applyCitationFixes(text);
  const left = analyzer
    .analyze(fixed)
    .findings.filter((f) => f.code === 'PL001' || f.code === 'PL007')
    .map((f) => f.code);
  return { paragraph: fixed.split('\n\n')[1], left };
}

const spacedBefore =
  'Anthropic announced Project Glasswing, a defensive programme with twelve founding partners [1]. The model scores 83.1% on CyberGym against 66.6% for Opus 4.6 [1], and found a 27-year-old flaw in OpenBSD [1].';
const gluedAfter = 'Anthropic announced Project Glasswing, a defensive programme with twelve founding partners.[1] Logan Graham told CNN the model would not be released widely.[2]';

describe('citation fixes: a new marker where the document sets its markers', () => {
  it('puts it after a space and before the full stop in a document that writes "partners [1]."', () => {
    const { paragraph, left } = fixedParagraph(spacedBefore);
    assert.strictEqual(
      paragraph,
      'Anthropic also describes the resulting alignment risk as "very low, but higher than for previous models" [4], and has committed up to $100 million in usage credits to the programme [1]. The system card, published the same day, runs to 244 pages [3].',
    );
    assert.deepStrictEqual(left, []);
  });

  it('keeps the default, glued and after the stop, in a document that writes "partners.[1]"', () => {
    const { paragraph, left } = fixedParagraph(gluedAfter);
    assert.strictEqual(
      paragraph,
      'Anthropic also describes the resulting alignment risk as "very low, but higher than for previous models"[4], and has committed up to $100 million in usage credits to the programme.[1] The system card, published the same day, runs to 244 pages.[3]',
    );
    assert.deepStrictEqual(left, []);
  });

  it('puts it after a space and after the stop in a document that writes "partners. [1]", and the marker still cites its sentence', () => {
    const { paragraph, left } = fixedParagraph('Anthropic announced a programme with twelve founding partners. [1] Logan Graham told CNN the model would not be released widely. [2]');
    assert.ok(paragraph.includes('to the programme. [1] The system card') && paragraph.endsWith('runs to 244 pages. [3]'), paragraph);
    assert.deepStrictEqual(left, []);
  });

  it('follows the majority of a mixed document, and the default on a tie', () => {
    const mixed = `${spacedBefore} Logan Graham told CNN the model would not be released widely.[2]`;
    assert.ok(fixedParagraph(mixed).paragraph.endsWith('runs to 244 pages [3].'));
    const tie = 'Twelve founding partners joined [1]. Logan Graham told CNN the model would not be released widely.[2]';
    assert.ok(fixedParagraph(tie).paragraph.endsWith('runs to 244 pages.[3]'));
  });

  it('reads footnote markers apart from numbered ones', () => {
    const text = 'Twelve partners joined [1]. Opus 4.6 scored 66.6% [1]. The card runs to 244 pages.[^a] It was published the same day.[^b]';
    const citations = analyzer.analyze(text).citations;
    assert.deepStrictEqual(markerPlacement(text, citations, 'numeric'), { spaced: true, beforeStop: true });
    assert.deepStrictEqual(markerPlacement(text, citations, 'footnote'), gluedAfterStop);
  });

  it('leaves the stop of initials, of an ellipsis and inside a closing quotation mark where it is', () => {
    const style = { spaced: true, beforeStop: true };
    const at = (s: string) => markerInsertion(s, s.length, '[1]', style);
    assert.deepStrictEqual(at('Sold in the U.S.'), { start: 16, end: 16, newText: ' [1]' });
    assert.deepStrictEqual(at('It went on...'), { start: 13, end: 13, newText: ' [1]' });
    assert.deepStrictEqual(at('He said "not widely."'), { start: 21, end: 21, newText: ' [1]' });
    assert.deepStrictEqual(at('It runs to 244 pages.'), { start: 20, end: 20, newText: ' [1]' });
    assert.deepStrictEqual(at('It runs to 244 pages.[2]'), { start: 24, end: 24, newText: '[1]' });
  });
});
