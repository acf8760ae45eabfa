// Words someone was seen or heard saying: "We saw Zemlin describe the model as “…”" (blind QA round 16, M item 3).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });
/** Whom each PL005 of `text` (one paragraph, cited) says the quotation is credited to. */
const pl005 = (text: string) =>
  analyzer
    .analyze(`${text}[^1]\n\n[^1]: TechCrunch.\n`)
    .findings.filter((f) => f.code === 'PL005')
    .map((f) => /credited to (.*?), but/.exec(f.message)?.[1]);
const far = '"currently far ahead of any other AI model in cyber capabilities"';

describe('a verb of saying in its bare form after a verb of perception', () => {
  it('credits the one seen or heard speaking', () => {
    assert.deepEqual(pl005(`We saw Zemlin describe the model as ${far}.`), ['Jim Zemlin']);
    assert.deepEqual(pl005(`It was interesting to hear Jim Zemlin call the model ${far}.`), ['Jim Zemlin']);
    assert.deepEqual(pl005(`It was also interesting to see Zemlin describe the model as ${far} in the launch coverage.`), ['Jim Zemlin']);
    assert.deepEqual(pl005(`We listened to Jim Zemlin warn that the model is ${far}.`), ['Jim Zemlin']);
    assert.deepEqual(pl005(`We heard Jim Zemlin say the model is ${far}.`), ['Jim Zemlin']);
  });

  it('credits the one seen speaking, not the one who saw', () => {
    assert.deepEqual(pl005(`Jim Zemlin watched Anthropic describe the model as ${far}.`), []);
    assert.deepEqual(pl005(`Anthropic watched Jim Zemlin describe the model as ${far}.`), ['Jim Zemlin']);
  });

  it('reads no bare word as a verb of saying without the verb of perception, or after an owner or a determiner', () => {
    assert.deepEqual(pl005(`Jim Zemlin took the call about the model, ${far}.`), []);
    assert.deepEqual(pl005(`We saw Jim Zemlin's note call the model ${far}.`), []);
    assert.deepEqual(pl005(`We saw the note call the model ${far}.`), []);
  });
});
