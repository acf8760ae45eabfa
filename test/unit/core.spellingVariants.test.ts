// A British or American spelling of a word on record is the word: no misquote (PL004).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { spellingKey } from '../../src/core/text/spellingVariants';
import { asReferenceCompounds, compoundForms } from '../../src/core/text/hyphenCompounds';
import { tokenize } from '../../src/core/factcheck/quoteMatch';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const sources = '\n\n## Sources\n\n1. DOD Says Anthropic’s Red Lines Make It an Unacceptable Risk - TechCrunch\n';
const codes = (text: string) => analyzer.analyze(text + sources).findings.map((f) => f.code);

describe('British and American spellings of quoted words', () => {
  it('reads the British spelling of a word as the American one', () => {
    const pairs = [
      ['behaviour', 'behavior'], ['behavioural', 'behavioral'], ['colours', 'colors'], ['favourite', 'favorite'],
      ['organise', 'organize'], ['organisation', 'organization'], ['prioritised', 'prioritized'],
      ['analyse', 'analyze'], ['paralysing', 'paralyzing'],
      ['centre', 'center'], ['metres', 'meters'], ['fibre', 'fiber'], ['meagre', 'meager'],
      ['travelled', 'traveled'], ['modelling', 'modeling'], ['cancelled', 'canceled'], ['counsellor', 'counselor'],
      ['defence', 'defense'], ['licences', 'licenses'],
    ];
    for (const [british, american] of pairs) assert.equal(spellingKey(british), spellingKey(american), british);
  });

  it('keeps two words apart that differ in the same letters', () => {
    for (const [a, b] of [['four', 'for'], ['hour', 'hor'], ['your', 'yor'], ['prise', 'prize'], ['filled', 'filed'], ['filling', 'filing'], ['polled', 'poled'], ['timbre', 'timber']]) {
      assert.notEqual(spellingKey(a), spellingKey(b), `${a} / ${b}`);
    }
  });

  it('gives no PL004 for a quotation that spells a word on record the British way, and still one for a changed word', () => {
    const british = 'The DOD said Anthropic might "disable its technology or preemptively alter the behaviour of its model".[1]';
    assert.deepEqual(codes(british).filter((c) => c === 'PL004'), []);
    assert.equal(analyzer.analyze(british + sources).quotes[0].recordMatch, 'exact');
    const changed = 'The DOD said Anthropic might "disable its technology or preemptively alter the behaviour of its systems".[1]';
    assert.deepEqual(codes(changed).filter((c) => c === 'PL004'), ['PL004']);
  });

  // Blind QA round 20, tester W item 2.1: "pre-emptively alter the behaviour" got a PL004 whose fix restored
  // only "preemptively", and the British "behaviour" then passed. A hyphen in a compound is a spelling too.
  it('reads a compound written with a hyphen as the closed one on record, and the reverse', () => {
    const forms = (text: string) => compoundForms([{ text, tokens: tokenize(text) }]);
    const read = (text: string, reference: string) => asReferenceCompounds(text, tokenize(text), forms(reference)).map((t) => t.norm);
    assert.deepEqual(read('pre-emptively alter', 'preemptively alter'), ['preemptively', 'alter']);
    assert.deepEqual(read('co-operate by e-mail', 'cooperate by email'), ['cooperate', 'by', 'email']);
    assert.deepEqual(read('preemptively alter', 'pre-emptively alter'), ['pre', 'emptively', 'alter']);
    // Words the record keeps apart stay apart.
    assert.deepEqual(read('supply-chain risk', 'supply chain risk'), ['supply', 'chain', 'risk']);
    assert.deepEqual(read('well-known risk', 'a risk'), ['well', 'known', 'risk']);
  });

  it('gives no PL004 for a quotation that hyphenates a compound on record, and still one for a changed word beside it', () => {
    const hyphened = 'The DOD said Anthropic might "disable its technology or pre-emptively alter the behaviour of its model".[1]';
    assert.deepEqual(codes(hyphened).filter((c) => c === 'PL004'), []);
    assert.equal(analyzer.analyze(hyphened + sources).quotes[0].recordMatch, 'exact');
    // Counter-example: a changed word is still a misquote, and its fix restores that word only, leaving the writer's spelling.
    const changed = 'The DOD said Anthropic might "disable its technology or pre-emptively alter the behaviour of its systems".[1]';
    const doc = changed + sources;
    const pl004 = analyzer.analyze(doc).findings.filter((f) => f.code === 'PL004');
    assert.equal(pl004.length, 1);
    const fix = pl004[0].fixes.find((f) => /Restore the words on record/.test(f.title));
    assert.ok(fix, 'a fix restores the words on record');
    const edits = fix.edits.map((e) => doc.slice(e.range.start.character, e.range.end.character) + ' → ' + e.newText);
    assert.deepEqual(edits, ['systems → model']);
  });
});
