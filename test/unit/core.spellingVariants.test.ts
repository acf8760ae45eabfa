// A British or American spelling of a word on record is the word: no misquote (PL004).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { spellingKey } from '../../src/core/text/spellingVariants';

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
});
