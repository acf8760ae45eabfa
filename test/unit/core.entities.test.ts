import * as assert from 'assert';
import { createAnalyzer, type FactBase } from '../../src/core';

const base: FactBase = {
  version: 1,
  entities: [
    { id: 'mythos', kind: 'model', name: 'Claude Mythos Preview', aliases: ['Mythos Preview', 'Mythos'], summary: 'A model.' },
    { id: 'google', kind: 'organization', name: 'Google', aliases: [], summary: 'A company.' },
    { id: 'deepmind', kind: 'organization', name: 'Google DeepMind', aliases: [], summary: 'A lab.' },
    { id: 'opus-4', kind: 'model', name: 'Claude Opus 4', aliases: ['Opus 4'], summary: 'A model.' },
    { id: 'opus-4-6', kind: 'model', name: 'Claude Opus 4.6', aliases: ['Opus 4.6'], summary: 'A model.' },
    { id: 'apple', kind: 'organization', name: 'Apple', aliases: [], summary: 'A company.' },
    { id: 'swe-verified', kind: 'benchmark', name: 'SWE-bench Verified', aliases: [], summary: 'A benchmark.' },
    { id: 'cybergym', kind: 'benchmark', name: 'CyberGym', aliases: [], summary: 'A benchmark.' },
    { id: 'anthropic', kind: 'organization', name: 'Anthropic', aliases: [], summary: 'A company.' },
  ],
  facts: [],
  sources: [],
  quotations: [],
  relations: [],
};
const analyzer = createAnalyzer({ factBase: base });
const mentions = (text: string) => analyzer.analyze(text).entities.map((e) => `${e.id}=${e.text}`);

describe('entity mentions', () => {
  it('prefer the longest match', () => {
    assert.deepStrictEqual(mentions('Claude Mythos Preview, Mythos Preview and Mythos.'), ['mythos=Claude Mythos Preview', 'mythos=Mythos Preview', 'mythos=Mythos']);
    assert.deepStrictEqual(mentions('Google DeepMind is not Google.'), ['deepmind=Google DeepMind', 'google=Google']);
  });
  it('match a person by family name alone after the document named them in full, unless that name is shared or part of another name', () => {
    const people = createAnalyzer({
      factBase: {
        ...base,
        entities: [
          ...base.entities,
          { id: 'ada', kind: 'person', name: 'Ada Lovelace', aliases: [], summary: 'A person.' },
          { id: 'jane-roe', kind: 'person', name: 'Jane Roe', aliases: [], summary: 'A person.' },
          { id: 'john-roe', kind: 'person', name: 'John Roe', aliases: [], summary: 'A person.' },
        ],
      },
    });
    const found = (text: string) => people.analyze(text).entities.map((e) => `${e.id}=${e.text}`);
    assert.deepStrictEqual(found('Lovelace spoke. Ada Lovelace wrote.\n\nLovelace’s view: Lovelace said so. Then Lovelace left.'), [
      'ada=Ada Lovelace',
      'ada=Lovelace’s',
      'ada=Lovelace',
      'ada=Lovelace',
    ]);
    // Another capitalised first name, a following capitalised word, or a title.
    assert.deepStrictEqual(found('Ada Lovelace wrote, and Lovelace Street agreed with Dr Lovelace. Mary Lovelace did not.'), ['ada=Ada Lovelace', 'ada=Lovelace']);
    // Two people share the family name: it stands for neither.
    assert.deepStrictEqual(found('Jane Roe and John Roe wrote. Roe said so.'), ['jane-roe=Jane Roe', 'john-roe=John Roe']);
  });

  it('match a person written in capitals, as transcripts write speakers, and no other ordinary name', () => {
    const people = createAnalyzer({
      factBase: {
        ...base,
        entities: [...base.entities, { id: 'zemlin', kind: 'person', name: 'Jim Zemlin', aliases: ['Zemlin'], summary: 'A person.' }],
      },
    });
    const found = (text: string) => people.analyze(text).entities.map((e) => `${e.id}=${e.text}`);
    assert.deepStrictEqual(found('ZEMLIN: we agreed. JIM ZEMLIN said so, and Zemlin too.'), ['zemlin=ZEMLIN', 'zemlin=JIM ZEMLIN', 'zemlin=Zemlin']);
    assert.deepStrictEqual(found('APPLE and zemlin are not names here.'), []);
  });

  it('match any name written in capitals on a line written all in capitals, as slide headings are', () => {
    assert.deepStrictEqual(mentions('## SLIDE 3 — CLAUDE MYTHOS PREVIEW AND APPLE\n\nThe APPLE of my eye. MYTHOS. Mythos.'), ['mythos=CLAUDE MYTHOS PREVIEW', 'apple=APPLE', 'mythos=Mythos']);
  });
  it('are not found in a footnote label or a citation key', () => {
    assert.deepStrictEqual(mentions('Anthropic said so.[^anthropic] Google agreed [@google; @cybergym, p. 2].\n\n[^anthropic]: Anthropic, a note.'), [
      'anthropic=Anthropic',
      'google=Google',
      'anthropic=Anthropic',
    ]);
  });
  it('never read Opus 4.6 as Opus 4', () => {
    assert.deepStrictEqual(mentions('Opus 4.6 followed Opus 4, then Claude Opus 4.'), ['opus-4-6=Opus 4.6', 'opus-4=Opus 4', 'opus-4=Claude Opus 4']);
  });
  it('include possessives', () => {
    assert.deepStrictEqual(mentions("Anthropic's model and Anthropic’s team"), ["anthropic=Anthropic's", 'anthropic=Anthropic’s']);
  });
  it('match ordinary words case-sensitively and technical names case-insensitively', () => {
    assert.deepStrictEqual(mentions('an apple a day, mythos in myth, Apple and Mythos'), ['apple=Apple', 'mythos=Mythos']);
    assert.deepStrictEqual(mentions('swe-bench verified and CYBERGYM and cybergym'), ['swe-verified=swe-bench verified', 'cybergym=CYBERGYM', 'cybergym=cybergym']);
  });
  it('respect word boundaries', () => {
    assert.deepStrictEqual(mentions('Applesauce, Googleplex, Anthropical and preMythos are not mentions.'), []);
  });
  it('match across a line break inside a paragraph', () => {
    assert.deepStrictEqual(mentions('It was Claude Mythos\nPreview all along.'), ['mythos=Claude Mythos\nPreview']);
  });
  it('skip code, URLs and comments', () => {
    assert.deepStrictEqual(mentions('`Anthropic` <!-- Apple --> https://example.com/Anthropic\n\n```\nGoogle\n```\n'), []);
  });
});
