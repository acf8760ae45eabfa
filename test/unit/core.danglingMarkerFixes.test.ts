import * as assert from 'assert';
import { createAnalyzer, type Finding, type Fix, type TextEdit } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { applyFix } from './core.fixes.test';

/**
 * A marker that resolves to nothing (PL002): its fixes make it cite the source its sentence has on
 * record, whichever finding of the sentence asked for it, and the stubs that a new References
 * section gets are one edit with every other fix that adds to that section.
 */

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const findings = (text: string) => analyzer.analyze(text).findings;
const codes = (text: string) => findings(text).map((f) => f.code);
/** The markers of the findings, when every finding is a PL002 on a marker that resolves to a stub ("TODO: source for [1]"). */
const placeholders = (text: string) =>
  findings(text).map((f) => {
    assert.match(f.message, /^\[\d+\] resolves to a placeholder, /, f.message);
    return f.message.slice(0, f.message.indexOf(' '));
  });
const key = (e: TextEdit) => JSON.stringify(e);

/** The fix a bot takes for a finding: the preferred one, else the first. */
const chosen = (f: Finding): Fix | undefined => f.fixes.find((x) => x.isPreferred) ?? f.fixes[0];

/** Every finding's chosen fix applied at once, identical edits merged, as VS Code's "apply all" does. */
function applyAll(text: string): string {
  const edits = new Map<string, TextEdit>();
  for (const f of findings(text)) for (const e of chosen(f)?.edits ?? []) edits.set(key(e), e);
  return applyFix(text, { title: 'all', edits: [...edits.values()] });
}

/** The chosen fix of the first finding that has one, applied and checked again, until none has one. */
function applyOneByOne(text: string): string {
  for (let round = 0; round < 20; round++) {
    const next = findings(text).find((f) => chosen(f));
    if (!next) return text;
    text = applyFix(text, chosen(next)!);
  }
  throw new Error('fixes keep coming');
}

const headings = (text: string) => (text.match(/^## References$/gm) ?? []).length;

describe('PL002 stubs in a document with no reference list: one References section', () => {
  const text = 'Anthropic reported the model in [2] last week.\n\nSee [1] for the partners.\n\nAnd [2] again.\n';

  it('gives every stub fix the same edit, listing every dangling number once', () => {
    const stubs = findings(text).filter((f) => f.code === 'PL002');
    assert.strictEqual(stubs.length, 3);
    assert.strictEqual(new Set(stubs.map((f) => key(f.fixes[0].edits[0]))).size, 1);
    assert.strictEqual(stubs[0].fixes[0].edits[0].newText, '\n## References\n\n1. TODO: source for [1]\n2. TODO: source for [2]\n');
    assert.strictEqual(stubs[0].fixes[0].title, 'Add a References section with reference 2 that also lists a stub for [1]');
  });

  it('adds one section when applied all at once, and when applied one at a time', () => {
    for (const fixed of [applyAll(text), applyOneByOne(text)]) {
      assert.strictEqual(headings(fixed), 1, fixed);
      assert.strictEqual((fixed.match(/^2\. /gm) ?? []).length, 1, fixed);
      // Every marker resolves, to a stub that names no source yet.
      assert.deepStrictEqual(placeholders(fixed), ['[2]', '[1]', '[2]']);
    }
  });

  it('shares the section with the fix that defines a dangling marker as the source on record', () => {
    const outlook =
      'When OpenAI released GPT-5.3-Codex in February 2026, it classified the model as its\nfirst "High capability" model on cybersecurity tasks.[5]\n\n' +
      'Anthropic intends to deploy Mythos-class capabilities at scale.[2]\n\nSee the partners.[1]\n';
    const found = findings(outlook).filter((f) => f.fixes.length);
    const sections = new Set(found.flatMap((f) => f.fixes.flatMap((x) => x.edits.filter((e) => e.newText.includes('## References')).map(key))));
    assert.strictEqual(sections.size, 1);
    for (const fixed of [applyAll(outlook), applyOneByOne(outlook)]) {
      assert.strictEqual(headings(fixed), 1, fixed);
      assert.match(fixed, /\n## References\n\n1\. TODO: source for \[1\]\n2\. TODO: source for \[2\]\n5\. OpenAI's New Model Leaps Ahead in Coding Capabilities - Fortune\n$/);
      // [5] cites the source on record; the stubs name no source yet.
      assert.deepStrictEqual(placeholders(fixed), ['[2]', '[1]']);
    }
  });
});

describe('PL002 stubs past a hundred dangling numbers', () => {
  it('offers none: each fix would carry the whole section, and the fixes of a draft would grow with the square of its markers', () => {
    const many = Array.from({ length: 150 }, (_, i) => `Point ${i + 1}.[${i + 1}]`).join('\n\n');
    const found = findings(many).filter((f) => f.code === 'PL002');
    assert.strictEqual(found.length, 150);
    assert.ok(found.every((f) => f.fixes.length === 0), 'no stub fixes');
    // At the limit, one shared section with every stub.
    const hundred = Array.from({ length: 100 }, (_, i) => `Point ${i + 1}.[${i + 1}]`).join('\n\n');
    const edits = new Set(findings(hundred).filter((f) => f.code === 'PL002').map((f) => key(f.fixes[0].edits[0])));
    assert.strictEqual(edits.size, 1);
  });
});

describe('PL002 on a dangling marker whose sentence states a fact of a source the document has', () => {
  it('offers, preferred, to cite the footnote the document defines for it instead', () => {
    const text =
      'Anthropic published the Claude Mythos Preview System Card in April.[^card]\n\nThe Claude Mythos Preview system card runs to 244 pages.[^syscard]\n\n[^card]: Anthropic, *Claude Mythos Preview System Card*.\n';
    const pl002 = findings(text).find((f) => f.code === 'PL002')!;
    assert.strictEqual(pl002.fixes[0].title, 'Cite [^card] Claude Mythos Preview System Card instead of [^syscard]');
    assert.strictEqual(pl002.fixes[0].isPreferred, true);
    assert.match(pl002.fixes[1].title, /^Add a footnote definition for \[\^syscard\]/);
    assert.deepStrictEqual(codes(applyFix(text, pl002.fixes[0])), []);
  });

  it('offers to cite the numbered item the list has for it instead', () => {
    const text =
      'The Claude Mythos Preview system card runs to 244 pages.[4]\n\nIt was published by Anthropic.[1]\n\n## Sources\n\n1. Claude Mythos Preview System Card - Anthropic\n';
    const pl002 = findings(text).find((f) => f.code === 'PL002')!;
    assert.strictEqual(pl002.fixes[0].title, 'Cite [1] Claude Mythos Preview System Card instead of [4]');
    assert.deepStrictEqual(codes(applyFix(text, pl002.fixes[0])), []);
  });
});

describe('PL007 on a sentence whose only markers resolve to nothing', () => {
  it('is not reported: the writer cited, and PL002 on the marker says what is wrong', () => {
    assert.deepStrictEqual(codes('The card runs to 244 pages.[^x]\n'), ['PL002']);
    assert.deepStrictEqual(codes('The card runs to 244 pages.\n'), ['PL007']);
  });

  it('leaves its citation fix on the PL002s, not preferred where it adds a marker rather than mending one', () => {
    const text = 'The Claude Mythos Preview system card runs to 244 pages.[8][9]\n';
    const found = findings(text);
    assert.deepStrictEqual(
      found.map((f) => f.code),
      ['PL002', 'PL002'],
    );
    for (const f of found) {
      assert.match(f.fixes[0].title, /^Cite Claude Mythos Preview System Card as \[1\] in a new References section/);
      assert.notStrictEqual(f.fixes[0].isPreferred, true);
    }
  });
});
