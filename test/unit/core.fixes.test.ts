import * as assert from 'assert';
import { createAnalyzer, type Fix, type Position } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { articleFor } from '../../src/core/factcheck/indefiniteArticle';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

function offsetOf(text: string, p: Position): number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) starts.push(m.index! + m[0].length);
  return starts[p.line] + p.character;
}

/** Apply a fix's edits (non-overlapping), last first, as an editor would. */
export function applyFix(text: string, fix: Fix): string {
  // From the last edit to the first, as an editor does: two insertions at one point then go in the order listed.
  const edits = fix.edits.map((e, i) => ({ i, start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function fixFor(text: string, code: string) {
  const finding = analyzer.analyze(text).findings.find((f) => f.code === code);
  assert.ok(finding, `${code} is reported`);
  assert.ok(finding.fixes.length, `${code} offers a fix`);
  return finding.fixes[0];
}

const sources = '\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic (PDF)\n';

describe('quick fixes from the core, applied and checked again', () => {
  it('adds a stub reference for a dangling numeric marker to the Sources list', () => {
    const text = `The model was withheld.[3]${sources}`;
    const fixed = applyFix(text, fixFor(text, 'PL002'));
    assert.match(fixed, /\n3\. TODO: source for \[3\]\n$/);
    // The marker now resolves, to a stub that names no source yet: PL002 says so until it is filled in.
    assert.deepEqual(
      analyzer.analyze(fixed).findings.filter((f) => f.code === 'PL002').map((f) => f.message),
      ['[3] resolves to a placeholder, “TODO: source for [3]”: the reference names no source yet'],
    );
  });

  it('adds a footnote definition for a dangling footnote', () => {
    const text = 'The leak was reported.[^leak]\n';
    const fixed = applyFix(text, fixFor(text, 'PL002'));
    assert.match(fixed, /\n\n\[\^leak\]: TODO: source\n$/);
    assert.deepEqual(
      analyzer.analyze(fixed).findings.filter((f) => f.code === 'PL002').map((f) => f.message),
      ['[^leak] resolves to a placeholder, “TODO: source”: the reference names no source yet'],
    );
  });

  it('cites a quotation on record with the reference the document already lists', () => {
    const text = `Anthropic called it "the most psychologically settled model we have trained".${sources}`;
    const fix = fixFor(text, 'PL001');
    assert.match(fix.title, /\[2\]/);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('we have trained"[2].'));
    assert.strictEqual(analyzer.analyze(fixed).findings.filter((f) => f.code === 'PL001').length, 0);
  });

  it('cites a quotation on record and adds its source when the list lacks it', () => {
    const text = `Logan Graham told CNN: "We did not feel comfortable releasing this generally."${sources}`;
    const fixed = applyFix(text, fixFor(text, 'PL001'));
    assert.match(fixed, /generally\."\[3\]/);
    assert.match(fixed, /\n3\. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n$/);
    assert.strictEqual(analyzer.analyze(fixed).findings.filter((f) => f.code === 'PL001' || f.code === 'PL002').length, 0);
  });

  it('restores the words on record for a misquotation', () => {
    const text = `Logan Graham told CNN: "We did not feel comfortable releasing this widely."[1]${sources}`;
    const fixed = applyFix(text, fixFor(text, 'PL004'));
    assert.ok(fixed.includes('"We did not feel comfortable releasing this generally."[1]'));
    assert.strictEqual(analyzer.analyze(fixed).findings.filter((f) => f.code === 'PL004').length, 0);
  });

  it('writes the value on record for a contradicted figure, in the style of the text', () => {
    const cases: [string, string][] = [
      ['Mythos Preview scored 86.1% on CyberGym.[1]', 'Mythos Preview scored 83.1% on CyberGym.[1]'],
      ['Project Glasswing launched with ten founding partners.[1]', 'Project Glasswing launched with twelve founding partners.[1]'],
      ['Anthropic announced Project Glasswing on 9 April 2026.[1]', 'Anthropic announced Project Glasswing on 7 April 2026.[1]'],
      ['The model found a 31-year-old flaw in OpenBSD.[1]', 'The model found a 27-year-old flaw in OpenBSD.[1]'],
      // A decimal comma, and the space before "%", stay the writer's.
      ['Mythos Preview scored 86,1 % on CyberGym.[1]', 'Mythos Preview scored 83,1 % on CyberGym.[1]'],
      ['Mythos Preview scored 86,1% on CyberGym.[1]', 'Mythos Preview scored 83,1% on CyberGym.[1]'],
    ];
    for (const [before, after] of cases) {
      const text = `${before}${sources}`;
      const fixed = applyFix(text, fixFor(text, 'PL006'));
      assert.strictEqual(fixed, `${after}${sources}`);
      assert.strictEqual(analyzer.analyze(fixed).claims[0].status, 'confirmed');
    }
  });

  it('flags and replaces a qualified figure with its qualifier, and quotes what the text says', () => {
    // On record: more than 30 employees signed the brief; twelve founding partners; up to $100 million; a 244-page card; about 30 targets.
    const cases: [string, string, string][] = [
      ['Nearly 30 employees of OpenAI and Google DeepMind filed an amicus brief.[1]', 'Nearly 30', 'More than 30 employees of OpenAI and Google DeepMind filed an amicus brief.[1]'],
      // A number word opening the sentence gives its capital to the bound on record, not to itself (blind QA round 13, B item 10).
      ['Thirteen individual employees of OpenAI and Google DeepMind filed a separate brief.[1]', 'Thirteen', 'More than thirty individual employees of OpenAI and Google DeepMind filed a separate brief.[1]'],
      ['It was joined by some two dozen employees of OpenAI and Google DeepMind.[1]', 'some two dozen', 'It was joined by more than thirty employees of OpenAI and Google DeepMind.[1]'],
      // A bound the record does not set is dropped: "fewer than twelve" would still be wrong.
      ['Project Glasswing has fewer than ten founding partners.[1]', 'fewer than ten', 'Project Glasswing has twelve founding partners.[1]'],
      ['Anthropic committed more than $250 million in usage credits to Project Glasswing.[1]', 'more than $250 million', 'Anthropic committed up to $100 million in usage credits to Project Glasswing.[1]'],
      // "About" a figure on record that is exact still holds; the writer's own word for the record's qualifier stays.
      ['The Mythos Preview system card runs to some 144 pages.[1]', 'some 144 pages', 'The Mythos Preview system card runs to some 244 pages.[1]'],
      ['The Chinese state-sponsored campaign targeted around three dozen organizations.[1]', 'around three dozen', 'The Chinese state-sponsored campaign targeted around thirty organizations.[1]'],
      // "Barely" qualifies as "about" does; "just under X" is below X, so 83.1% on record contradicts "just under 83%" (blind QA round 11, Q items 1 and 7).
      ['Barely a week after the leak, Anthropic unveiled Claude Mythos Preview.[1]', 'Barely a week', 'Barely eleven days after the leak, Anthropic unveiled Claude Mythos Preview.[1]'],
      ['Mythos Preview clears just under 83% of CyberGym tasks.[1]', 'just under 83%', 'Mythos Preview clears 83.1% of CyberGym tasks.[1]'],
    ];
    for (const [before, written, after] of cases) {
      const text = `${before}${sources}`;
      const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL006');
      assert.ok(finding, `PL006 in: ${before}`);
      assert.strictEqual(text.slice(finding.span.start, finding.span.end), written);
      assert.ok(finding.message.startsWith(`“${written}” contradicts`), finding.message);
      const fixed = applyFix(text, finding.fixes[0]);
      assert.strictEqual(fixed, `${after}${sources}`);
      assert.strictEqual(analyzer.analyze(fixed).claims[0].status, 'confirmed');
    }
  });

  it('keeps the article before a currency written in letters, and the preposition before it (QA round 21, G item 4)', () => {
    // On record: the Pentagon contract was worth $200 million. "over" is the preposition of "talks over", not a bound,
    // with "US$" as with "$"; "over a dozen" still bounds its number word.
    for (const [before, written, after] of [
      ['Talks collapsed over a US$250 million Pentagon contract.[1]', 'US$250 million', 'Talks collapsed over a US$200 million Pentagon contract.[1]'],
      ['Talks collapsed over a USD 250 million Pentagon contract.[1]', 'USD 250 million', 'Talks collapsed over a USD 200 million Pentagon contract.[1]'],
      ['Talks collapsed over a $250 million Pentagon contract.[1]', '$250 million', 'Talks collapsed over a $200 million Pentagon contract.[1]'],
      ['Project Glasswing has over a dozen founding partners.[1]', 'over a dozen', 'Project Glasswing has twelve founding partners.[1]'],
    ]) {
      const text = `${before}${sources}`;
      const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL006');
      assert.ok(finding, `PL006 in: ${before}`);
      assert.strictEqual(text.slice(finding.span.start, finding.span.end), written);
      assert.strictEqual(applyFix(text, finding.fixes[0]), `${after}${sources}`);
    }
  });

  it("keeps the writer's number format: an abbreviated scale, figures in full, an ISO month or date, a range's words", () => {
    // On record: $4 million donated; ASL-3 activated in May 2025; Mythos Preview announced April 7, 2026; 80-90% of the campaign's work; 83.1% on CyberGym.
    const cases: [string, string][] = [
      ['Anthropic is donating $1M to open-source security groups.[1]', 'Anthropic is donating $4M to open-source security groups.[1]'],
      ['Anthropic is donating $1mn to open-source security groups.[1]', 'Anthropic is donating $4mn to open-source security groups.[1]'],
      ['Anthropic is donating US$1.5M to open-source security groups.[1]', 'Anthropic is donating US$4M to open-source security groups.[1]'],
      ['Anthropic is donating $1,000,000 to open-source security groups.[1]', 'Anthropic is donating $4,000,000 to open-source security groups.[1]'],
      ['Anthropic is donating $1 million to open-source security groups.[1]', 'Anthropic is donating $4 million to open-source security groups.[1]'],
      ['- 2025-06: Anthropic activates ASL-3 protections for Claude Opus 4.[1]', '- 2025-05: Anthropic activates ASL-3 protections for Claude Opus 4.[1]'],
      ['Anthropic announced Claude Mythos Preview on 2026-04-09.[1]', 'Anthropic announced Claude Mythos Preview on 2026-04-07.[1]'],
      ['The Chinese state-sponsored campaign had used Claude to run between 70 and 80 percent of the work.[1]', 'The Chinese state-sponsored campaign had used Claude to run between 80 and 90 percent of the work.[1]'],
      ['The Chinese state-sponsored campaign had used Claude to run 70% to 80% of the work.[1]', 'The Chinese state-sponsored campaign had used Claude to run 80% to 90% of the work.[1]'],
      // One figure on record for a range that "between … and" wrote: "between" goes with it.
      ['Mythos Preview scored between 70 and 80 percent on CyberGym.[1]', 'Mythos Preview scored 83.1 percent on CyberGym.[1]'],
    ];
    for (const [before, after] of cases) {
      const text = `${before}${sources}`;
      assert.strictEqual(applyFix(text, fixFor(text, 'PL006')), `${after}${sources}`);
    }
  });

  it('reads a qualifier whose words a hard-wrapped paragraph breaks, and quotes it on one line', () => {
    const cases: [string, string, string][] = [
      ['Anthropic committed more\nthan $250 million in usage credits to Project Glasswing.[1]', 'more\nthan $250 million', 'Anthropic committed up to $100 million in usage credits to Project Glasswing.[1]'],
      ['Project Glasswing has fewer\r\nthan ten founding partners.[1]', 'fewer\r\nthan ten', 'Project Glasswing has twelve founding partners.[1]'],
    ];
    for (const [before, written, after] of cases) {
      const text = `${before}${sources}`;
      const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL006');
      assert.ok(finding, `PL006 in: ${before}`);
      assert.strictEqual(text.slice(finding.span.start, finding.span.end), written);
      assert.ok(finding.message.startsWith(`“${written.replace(/\s+/g, ' ')}” contradicts`), finding.message);
      const fixed = applyFix(text, finding.fixes[0]);
      assert.strictEqual(fixed, `${after}${sources}`);
      assert.strictEqual(analyzer.analyze(fixed).claims[0].status, 'confirmed');
    }
  });

  it('changes the article before the figure when the value on record is read with the other one', () => {
    const cases: [string, string][] = [
      ['Mythos Preview found an 11-year-old bug in FFmpeg.[1]', 'Mythos Preview found a 16-year-old bug in FFmpeg.[1]'],
      ['An 18-year-old flaw in OpenBSD was found by Mythos Preview.[1]', 'A 27-year-old flaw in OpenBSD was found by Mythos Preview.[1]'],
      ['Mythos Preview found a 16-year-old flaw in OpenBSD.[1]', 'Mythos Preview found a 27-year-old flaw in OpenBSD.[1]'],
    ];
    for (const [before, after] of cases) {
      const text = `${before}${sources}`;
      assert.strictEqual(applyFix(text, fixFor(text, 'PL006')), `${after}${sources}`);
    }
  });

  it('reads the article a figure takes aloud', () => {
    const articles = ['8', '80%', '11', '18', '11,000', '18500', '800', '8.5', 'eighty', 'eleven', '16', '1', '110', '1,100', '$4 million', 'one', 'sixteen', '27-year-old'].map((f) => `${f}:${articleFor(f)}`);
    assert.deepStrictEqual(articles, ['8:an', '80%:an', '11:an', '18:an', '11,000:an', '18500:an', '800:an', '8.5:an', 'eighty:an', 'eleven:an', '16:a', '1:a', '110:a', '1,100:a', '$4 million:a', 'one:a', 'sixteen:a', '27-year-old:a']);
    assert.strictEqual(articleFor('about 3,000'), undefined);
  });

  it("keeps a wrapped figure's line break in the edit, and titles the fix on one line", () => {
    const text = `In March a misconfiguration in Anthropic's content management system exposed roughly\n5,000 unpublished assets.[1]${sources}`;
    const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL006');
    assert.ok(finding, 'PL006 on the wrapped figure');
    const [fix] = finding.fixes;
    assert.strictEqual(fix.title, 'Use the value on record: roughly 3,000');
    assert.strictEqual(fix.edits[0].newText, 'roughly\n3,000');
  });
});
