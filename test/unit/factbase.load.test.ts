import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { formatFactBaseError, jsonSyntaxErrorOffset, knownIdsOf, parseFactBase, type FactBaseError } from '../../src/core/factbase/load';
import { mergeFactBases } from '../../src/core/factbase/merge';
import type { FactBase } from '../../src/core/factbase/schema';

/** Zero-based line and UTF-16 character of the first occurrence of `needle` (after `after`). */
function pos(text: string, needle: string, after = ''): { line: number; character: number } {
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `fixture lacks ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function only(errors: readonly FactBaseError[], path: string): FactBaseError {
  const found = errors.filter((e) => e.path === path);
  assert.equal(found.length, 1, `expected one error at ${path}, got: ${errors.map(formatFactBaseError).join(' / ') || 'none'}`);
  return found[0];
}

const known = knownIdsOf(bundledFactBase());

const validYaml = `# Our desk's additions
version: 1
name: Desk facts
entities:
  - id: review-panel
    kind: program
    name: Review Panel
    aliases: [the Panel, { text: panel review, caseSensitive: false }]
    summary: Internal panel that reviews Glasswing drafts.
    memberOf: [anthropic]
facts:
  - id: panel-size
    statement: The Review Panel has five members.
    entities: [review-panel, project-glasswing]
    measure: panel-size
    cues: [members]
    value: { type: count, value: 5, unit: members }
    sources: [desk-memo]
sources:
  - id: desk-memo
    title: Desk memo
    publisher: Policy desk
    kind: other
    date: "2026-04-20"
quotations:
  - id: panel-motto
    text: Check every figure twice.
    speaker: review-panel
    where: in the panel charter
    sources: [desk-memo]
relations:
  - { from: review-panel, to: project-glasswing, type: reviews }
`;

describe('Loading a user fact base', () => {
  describe('valid files', () => {
    it('loads a YAML file that refers to bundled entities when the bundled ids are known', () => {
      const { factBase, errors } = parseFactBase(validYaml, 'team.yaml', { known });
      assert.deepEqual(errors, []);
      assert.equal(factBase?.name, 'Desk facts');
      assert.equal(factBase?.entities[0].aliases.length, 2);
      assert.deepEqual(factBase?.facts[0].value, { type: 'count', value: 5, unit: 'members', approx: 'exact' });
      assert.equal(factBase?.quotations[0].speaker, 'review-panel');
      assert.equal(factBase?.relations.length, 1);
    });

    it('loads the same data written as JSON', () => {
      const data = {
        version: 1,
        entities: [{ id: 'review-panel', kind: 'program', name: 'Review Panel', summary: 'Panel.' }],
        facts: [{ id: 'panel-size', statement: 'Five members.', entities: ['review-panel', 'anthropic'], value: { type: 'count', value: 5 } }],
      };
      const { factBase, errors } = parseFactBase(JSON.stringify(data, null, 2), 'team.json', { known });
      assert.deepEqual(errors, []);
      assert.equal(factBase?.facts[0].entities[1], 'anthropic');
      assert.deepEqual(factBase?.sources, []);
    });

    it('accepts a byte order mark and CRLF line endings', () => {
      const { errors } = parseFactBase(`\uFEFF${validYaml.replace(/\n/g, '\r\n')}`, 'team.yml', { known });
      assert.deepEqual(errors, []);
      assert.deepEqual(parseFactBase('\uFEFF{"version": 1}', 'x.json').errors, []);
    });

    it('loads the example team fact base against the bundled one', function () {
      const file = resolve(process.cwd(), 'examples/.policylens/team-facts.yaml');
      if (!existsSync(file)) this.skip();
      const { factBase, errors } = parseFactBase(readFileSync(file, 'utf8'), file, { known });
      assert.deepEqual(errors.map(formatFactBaseError), []);
      assert.equal(factBase?.entities.length, 1);
      assert.equal(factBase?.facts.length, 1);
    });
  });

  describe('files that are not a fact base at all', () => {
    it('says an empty file is empty', () => {
      for (const text of ['', '   \n\n', '# only a comment\n']) {
        const { factBase, errors } = parseFactBase(text, 'empty.yaml');
        assert.equal(factBase, undefined);
        assert.equal(errors.length, 1);
        assert.match(errors[0].message, /empty/);
        assert.deepEqual(errors[0].range.start, { line: 0, character: 0 });
      }
    });

    it('refuses a file over the size limit with a clear message, before parsing it', () => {
      const huge = `version: 1\nname: ${'x'.repeat(5 * 1024 * 1024)}\n`;
      const { factBase, errors } = parseFactBase(huge, 'huge.yaml');
      assert.equal(factBase, undefined);
      assert.match(errors[0].message, /too large .*5 MB/);
      assert.match(parseFactBase('version: 1\n', 'a.yaml', { maxSize: 4 }).errors[0].message, /too large/);
    });

    it('reports a YAML syntax error at its line and column', () => {
      const text = 'version: 1\nentities:\n  - id: a\n    name: "unterminated\n';
      const { factBase, errors } = parseFactBase(text, 'bad.yaml');
      assert.equal(factBase, undefined);
      assert.ok(errors.length >= 1);
      assert.match(errors[0].message, /^not valid YAML: /);
      assert.equal(errors[0].path, '');
      assert.ok(errors[0].range.start.line >= 3, JSON.stringify(errors[0].range));
    });

    it('reports the first YAML syntax error only, with a count of the ones that follow from it', () => {
      // One missing "]" makes the parser report an error on every line after it.
      const text = 'version: 1\nentities:\n  - id: a\n    aliases: [A, B\n    kind: model\n    name: A\n    summary: S\n';
      const { errors } = parseFactBase(text, 'bad.yaml');
      assert.equal(errors.length, 1);
      assert.match(errors[0].message, /^not valid YAML: .*\(\d+ more syntax errors? follows? from here\)$/);
      // The parser finds the missing "]" at the line after it at the latest.
      assert.ok([3, 4].includes(errors[0].range.start.line), JSON.stringify(errors[0].range));
    });

    it('says which facts and quotations are left out with an entity that has errors', () => {
      const text = [
        'version: 1',
        'entities:',
        '  - { id: bench, kind: benchmrk, name: Bench, summary: S }',
        'sources:',
        '  - { id: s1, number: 1, title: T, publisher: P, kind: web }',
        'facts:',
        '  - { id: f1, statement: S., entities: [bench], sources: [s1] }',
        'quotations:',
        '  - { id: q1, text: words on record here, speaker: bench, where: W, sources: [s1] }',
      ].join('\n');
      const { factBase, errors } = parseFactBase(text, 'team.yaml');
      assert.deepEqual(
        errors.map((e) => [e.path, e.message.replace(/:.*/, '')]),
        [
          ['entities[0].kind', 'expected one of organization | government-body | person | role | model | model-tier | benchmark | program | framework | document | event | product | place | law | concept, got "benchmrk"'.replace(/:.*/, '')],
          ['facts[0].entities[0]', 'the whole fact is left out, because the entity "bench" it refers to has errors of its own (see entities[0])'],
          ['quotations[0].speaker', 'the whole quotation is left out, because the entity "bench" it refers to has errors of its own (see entities[0])'],
        ],
      );
      assert.deepEqual([factBase?.facts.length, factBase?.quotations.length], [0, 0]);
    });

    it('reports a duplicated YAML key as an error', () => {
      const text = 'version: 1\nname: a\nname: b\n';
      const { errors } = parseFactBase(text, 'dup.yaml');
      assert.match(errors[0].message, /unique/);
      assert.deepEqual(errors[0].range.start, pos(text, 'name: b'));
    });

    it('reports a JSON syntax error at the character where it is', () => {
      const cases: [string, string][] = [
        ['{\n  "version": 1,\n  "entities": [ }\n}', '}\n}'],
        ['{"version": 1,}', '}'],
        ['{\n  "version": 1\n  "facts": []\n}', '"facts"'],
        ['{"version": 1} trailing', 'trailing'],
        ["{'version': 1}", "'"],
      ];
      for (const [text, at] of cases) {
        const { factBase, errors } = parseFactBase(text, 'bad.json');
        assert.equal(factBase, undefined, text);
        assert.match(errors[0].message, /^not valid JSON: /);
        assert.deepEqual(errors[0].range.start, pos(text, at), text);
      }
      const unfinished = '{"version": 1,';
      assert.deepEqual(parseFactBase(unfinished, 'bad.json').errors[0].range.start, { line: 0, character: unfinished.length });
    });

    it('finds the same JSON error offsets JSON.parse rejects, and none in valid JSON', () => {
      for (const ok of ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"]}', ' 0 ', '"s"']) assert.equal(jsonSyntaxErrorOffset(ok), -1, ok);
      for (const bad of ['{"a":01}', '[1,]', '{"a" 1}', '"\\x"', '"a\nb"', '[', 'nul']) assert.ok(jsonSyntaxErrorOffset(bad) >= 0, bad);
    });

    it('rejects a YAML alias bomb instead of expanding it', () => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++) {
        const prev = String.fromCharCode(96 + i);
        const name = String.fromCharCode(97 + i);
        lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      const text = `${lines.join('\n')}\nversion: 1\n`;
      // Expanded, the document would hold 9^9 strings: mocha's timeout stops a parser that tries.
      const { factBase, errors } = parseFactBase(text, 'bomb.yaml');
      assert.equal(factBase, undefined);
      assert.match(errors[0].message, /alias/);
      assert.deepEqual(errors[0].range.start, pos(text, '*a'));
    });

    it('says what is wrong with the wrong top-level shape or version', () => {
      assert.match(formatFactBaseError(parseFactBase('- a\n- b\n', 'list.yaml').errors[0]), /^expected a mapping .*got a list/);
      const v2 = parseFactBase('version: 2\n', 'v2.yaml');
      assert.equal(v2.factBase, undefined);
      assert.equal(formatFactBaseError(v2.errors[0]), 'version: expected 1, got 2');
      const none = parseFactBase('name: x\n', 'none.yaml');
      assert.equal(formatFactBaseError(none.errors[0]), 'version: expected 1');
    });

    it('returns errors, never throws, on binary junk and absurd nesting', () => {
      const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
      for (const name of ['junk.yaml', 'junk.json']) assert.ok(parseFactBase(junk, name).errors.length > 0);
      const deep = `${'['.repeat(200000)}${']'.repeat(200000)}`;
      for (const name of ['deep.yaml', 'deep.json']) assert.ok(parseFactBase(deep, name).errors.length > 0, name);
    });
  });

  describe('prototype keys', () => {
    afterEach(() => {
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    });

    it('treats __proto__ and constructor in YAML as unknown fields, without polluting prototypes', () => {
      const text = 'version: 1\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nentities:\n  - id: a\n    kind: concept\n    name: A\n    summary: s\n    __proto__: { polluted: yes }\n';
      const { factBase, errors } = parseFactBase(text, 'proto.yaml');
      assert.deepEqual(errors.map((e) => e.path).sort(), ['__proto__', 'constructor', 'entities[0].__proto__']);
      assert.match(only(errors, '__proto__').message, /unknown field "__proto__"/);
      assert.deepEqual(only(errors, 'entities[0].__proto__').range.start, pos(text, '__proto__', 'summary'));
      assert.equal(factBase?.entities.length, 0, 'the entity with an unknown field is left out');
      assert.equal(Object.getPrototypeOf(factBase), Object.prototype);
    });

    it('treats __proto__ in JSON the same way', () => {
      const text = '{"version": 1, "__proto__": {"polluted": true}, "entities": [{"id": "a", "kind": "concept", "name": "A", "summary": "s", "constructor": {"prototype": {"polluted": true}}}]}';
      const { errors } = parseFactBase(text, 'proto.json');
      assert.deepEqual(errors.map((e) => e.path).sort(), ['__proto__', 'entities[0].constructor']);
    });
  });

  describe('schema errors, each with its path and range', () => {
    const text = `version: 1
entities:
  - id: good
    kind: concept
    name: Good
    summary: Fine.
  - id: Bad Id
    kind: organisation
    name: 5
    aliases: [3, { text: x }]
    summary: ""
    colour: red
  - id: no-summary
    kind: person
    name: Someone
facts:
  - id: f1
    statement: A figure.
    entities: [good]
    measure: Not Kebab
    value: { type: percentage, value: 5 }
  - id: f2
    statement: A date.
    entities: [good]
    value: { type: date, date: 2026 }
  - id: f3
    statement: Nobody.
    entities: []
sources:
  - id: s1
    title: T
    publisher: P
    kind: web
    url: javascript:alert(1)
`;
    const { factBase, errors } = parseFactBase(text, 'bad.yaml');

    it('names the allowed kinds when a kind is wrong, and points at the value', () => {
      const e = only(errors, 'entities[1].kind');
      assert.equal(formatFactBaseError(e), 'entities[1].kind: expected one of organization | government-body | person | role | model | model-tier | benchmark | program | framework | document | event | product | place | law | concept, got "organisation"');
      assert.deepEqual(e.range, { start: pos(text, 'organisation'), end: { ...pos(text, 'organisation'), character: pos(text, 'organisation').character + 'organisation'.length } });
    });

    it('says which type was expected and which was found', () => {
      assert.equal(only(errors, 'entities[1].name').message, 'expected text, got the number 5 (in YAML, put it in quotes: "5")');
      assert.deepEqual(only(errors, 'entities[1].name').range.start, pos(text, '5', 'name: 5'));
      assert.match(only(errors, 'facts[1].value.date').message, /expected text, got the number 2026 \(in YAML, put it in quotes/);
    });

    it('explains a bad id, a bad measure key and an empty summary in plain words', () => {
      assert.match(only(errors, 'entities[1].id').message, /kebab-case.*got "Bad Id"/);
      assert.match(only(errors, 'facts[0].measure').message, /kebab-case.*got "Not Kebab"/);
      assert.equal(only(errors, 'entities[1].summary').message, 'must not be empty');
      assert.equal(only(errors, 'facts[2].entities').message, 'must list at least 1 item');
    });

    it('explains a bad alias and a bad value type', () => {
      assert.match(only(errors, 'entities[1].aliases[0]').message, /expected a name \(text\) or \{ text/);
      assert.deepEqual(only(errors, 'entities[1].aliases[0]').range.start, pos(text, '3, {'));
      assert.ok(errors.some((e) => e.path === 'entities[1].aliases[1]'));
      assert.match(only(errors, 'facts[0].value.type').message, /^expected one of percent \| money \| count .*got "percentage"$/);
    });

    it('points at the key of an unknown field and suggests a near one', () => {
      const e = only(errors, 'entities[1].colour');
      assert.match(e.message, /^unknown field "colour" \(allowed: id, kind, name, aliases, summary, roles, memberOf, url\)$/);
      assert.deepEqual(e.range.start, pos(text, 'colour'));
      const typo = parseFactBase('version: 1\nentities:\n  - id: a\n    kind: concept\n    name: A\n    summary: s\n    alias: [B]\n', 't.yaml');
      assert.equal(typo.errors[0].message, 'unknown field "alias" (did you mean "aliases"?)');
    });

    it('points a missing field at the first line of the entry that lacks it', () => {
      const e = only(errors, 'entities[2].summary');
      assert.equal(e.message, 'required field is missing (expected text)');
      assert.deepEqual(e.range.start, pos(text, 'id: no-summary'));
      assert.equal(e.range.end.line, e.range.start.line);
    });

    it('refuses links that are not web addresses', () => {
      assert.match(only(errors, 'sources[0].url').message, /http/);
    });

    it('keeps the entries that are valid, so the rest of the file still works', () => {
      assert.deepEqual(factBase?.entities.map((e) => e.id), ['good']);
      assert.deepEqual(factBase?.sources.map((s) => [s.id, s.url]), [['s1', undefined]]);
      assert.deepEqual(factBase?.facts, []);
    });
  });

  describe('ids and references', () => {
    it('reports a duplicate id in each list at the duplicate, naming the first', () => {
      const text = `version: 1
entities:
  - { id: a, kind: concept, name: A, summary: s }
  - { id: a, kind: concept, name: A2, summary: s }
facts:
  - { id: f, statement: s, entities: [a] }
  - { id: f, statement: t, entities: [a] }
sources:
  - { id: s, title: T, publisher: P, kind: web }
  - { id: s, title: T2, publisher: P, kind: web }
quotations:
  - { id: q, text: words here now, speaker: a, where: there, sources: [s] }
  - { id: q, text: other words here, speaker: a, where: there, sources: [s] }
`;
      const { factBase, errors } = parseFactBase(text, 'dup.yaml');
      const secondLine = { entities: 3, facts: 6, sources: 9, quotations: 12 };
      for (const [list, line] of Object.entries(secondLine)) {
        const e = only(errors, `${list}[1].id`);
        assert.match(e.message, new RegExp(`^duplicate id "\\w": ${list}\\[0\\] already uses it$`));
        assert.equal(e.range.start.line, line);
        assert.equal(text.split('\n')[line].slice(e.range.start.character, e.range.end.character), list === 'entities' ? 'a' : list[0]);
      }
      assert.deepEqual(factBase?.entities.map((e) => e.name), ['A'], 'the first wins');
      assert.deepEqual(factBase?.quotations.map((q) => q.text), ['words here now']);
    });

    it('lists the errors in the order of the file, whatever kind each is', () => {
      // A reference error (found after the schema's) before a schema error in the file.
      const text = `version: 1
entities:
  - { id: panel, kind: program, name: Panel, summary: s }
facts:
  - { id: f1, statement: s, entities: [panel], sources: [nowhere] }
  - { id: f2, statement: s, entities: [panel], sources: [], value: { type: count, value: 3, approx: over } }
  - { id: f3, statement: s, entities: [panle], sources: [] }
`;
      const { errors } = parseFactBase(text, 'order.yaml', { known });
      assert.deepEqual(
        errors.map((e) => e.path),
        ['facts[0].sources[0]', 'facts[1].value.approx', 'facts[2].entities[0]'],
      );
    });

    it('reports references to ids defined nowhere, with a suggestion', () => {
      const text = `version: 1
entities:
  - { id: panel, kind: program, name: Panel, summary: s, memberOf: [antropic] }
facts:
  - { id: f, statement: s, entities: [panel, antropic], sources: [nowhere] }
quotations:
  - { id: q, text: a b c, speaker: ghost, document: panel, where: w, sources: [nowhere] }
relations:
  - { from: panel, to: project-glasswing, type: reviews }
`;
      const withKnown = parseFactBase(text, 'refs.yaml', { known });
      assert.equal(only(withKnown.errors, 'facts[0].entities[1]').message, 'unknown entity id "antropic": not defined in this file or in the bundled fact base (did you mean "anthropic"?)');
      assert.deepEqual(only(withKnown.errors, 'facts[0].entities[1]').range.start, pos(text, 'antropic]', 'facts:'));
      assert.match(only(withKnown.errors, 'facts[0].sources[0]').message, /^unknown source id "nowhere"/);
      assert.match(only(withKnown.errors, 'entities[0].memberOf[0]').message, /^unknown entity id "antropic"/);
      assert.match(only(withKnown.errors, 'quotations[0].speaker').message, /"ghost"/);
      assert.ok(!withKnown.errors.some((e) => e.path.startsWith('relations')), 'project-glasswing is a bundled entity');
      assert.deepEqual(withKnown.factBase?.entities[0].memberOf, [], 'the unknown membership is dropped, the entity kept');
      assert.deepEqual(withKnown.factBase?.facts, []);
      assert.equal(withKnown.factBase?.relations.length, 1);

      const alone = parseFactBase(text, 'refs.yaml');
      assert.match(only(alone.errors, 'relations[0].to').message, /^unknown entity id "project-glasswing": not defined in this file$/);
      assert.equal(alone.factBase?.relations.length, 0);
    });

    it('accepts a plain set of known ids for both entities and sources', () => {
      const text = 'version: 1\nfacts:\n  - { id: f, statement: s, entities: [x], sources: [y] }\n';
      assert.deepEqual(parseFactBase(text, 'a.yaml', { known: new Set(['x', 'y']) }).errors, []);
    });

    it('does not cascade into "unknown id": a fact about an invalid entry says it is left out with it', () => {
      const text = 'version: 1\nentities:\n  - { id: broken, kind: nonsense, name: B, summary: s }\nfacts:\n  - { id: f, statement: s, entities: [broken] }\n';
      const { factBase, errors } = parseFactBase(text, 'a.yaml');
      assert.deepEqual(errors.map((e) => e.path), ['entities[0].kind', 'facts[0].entities[0]']);
      assert.match(errors[1].message, /^the whole fact is left out, because the entity "broken"/);
      assert.deepEqual(factBase?.facts, [], 'the fact about it is left out');
    });
  });
});

describe('Merging fact bases', () => {
  const base: FactBase = {
    version: 1,
    name: 'Base',
    entities: [
      { id: 'a', kind: 'organization', name: 'Alpha', aliases: ['Al', { text: 'ALPHA', caseSensitive: true }], summary: 'Base summary.', roles: ['r1'] },
      { id: 'b', kind: 'person', name: 'Beta', aliases: [], summary: 'B.' },
    ],
    facts: [{ id: 'f', statement: 'Old.', entities: ['a'], sources: ['s'], cues: ['x'], measure: 'm', value: { type: 'count', value: 1, approx: 'exact' } }],
    sources: [{ id: 's', title: 'T', publisher: 'P', kind: 'web' }],
    quotations: [{ id: 'q', text: 'said this thing', speaker: 'a', where: 'here', sources: ['s'] }],
    relations: [{ from: 'a', to: 'b', type: 'employs' }],
  };
  const snapshot = JSON.stringify(base);
  const user: FactBase = {
    version: 1,
    entities: [
      { id: 'a', kind: 'organization', name: 'Alpha Inc.', aliases: ['Al', 'A-Co', { text: 'ALPHA', caseSensitive: true }], summary: 'User summary.', roles: ['r2'] },
      { id: 'c', kind: 'concept', name: 'Gamma', aliases: [], summary: 'New.' },
    ],
    facts: [{ id: 'f', statement: 'New.', entities: ['a', 'c'], sources: ['s2'], cues: ['y'] }],
    sources: [{ id: 's2', title: 'T2', publisher: 'P2', kind: 'news' }],
    quotations: [{ id: 'q', text: 'said this other thing', speaker: 'b', where: 'there', sources: ['s2'] }],
    relations: [
      { from: 'a', to: 'b', type: 'employs' },
      { from: 'c', to: 'a', type: 'part-of' },
    ],
  };
  const merged = mergeFactBases(base, user);

  it('lets a user entity with the same id override its fields and extend its aliases without duplicates', () => {
    const a = merged.entities.find((e) => e.id === 'a')!;
    assert.equal(a.name, 'Alpha Inc.');
    assert.equal(a.summary, 'User summary.');
    assert.deepEqual(a.aliases, ['Al', { text: 'ALPHA', caseSensitive: true }, 'A-Co']);
    assert.deepEqual(a.roles, ['r1', 'r2']);
  });

  it('appends new entries after the base ones, in order', () => {
    assert.deepEqual(merged.entities.map((e) => e.id), ['a', 'b', 'c']);
    assert.deepEqual(merged.sources.map((s) => s.id), ['s', 's2']);
  });

  it('replaces a fact with the same id whole: its statement, value, cues and sources are the user\'s alone', () => {
    // A mix gave the user's statement the bundled fact's source (QA12/T: a Halvard card fact cited the Mythos card).
    assert.deepEqual(merged.facts, [user.facts[0]]);
    const source: FactBase = { ...user, entities: [], facts: [], quotations: [], relations: [], sources: [{ id: 's', title: 'T3', publisher: 'P3', kind: 'pdf' }] };
    assert.deepEqual(mergeFactBases({ ...base, sources: [{ ...base.sources[0], url: 'https://example.org/t' }] }, source).sources, source.sources);
  });

  it('replaces a quotation on record with the user\'s version', () => {
    assert.deepEqual(merged.quotations, [user.quotations[0]]);
  });

  it('concatenates relations without duplicates', () => {
    assert.deepEqual(merged.relations, [base.relations[0], user.relations[1]]);
  });

  it('leaves its inputs untouched and works on the frozen bundled fact base', () => {
    assert.equal(JSON.stringify(base), snapshot);
    const bundled = bundledFactBase();
    const extra: FactBase = { version: 1, entities: [{ id: 'anthropic', kind: 'organization', name: 'Anthropic', aliases: ['Ant'], summary: 'Override.' }], facts: [], sources: [], quotations: [], relations: [] };
    const out = mergeFactBases(bundled, extra);
    const anthropic = out.entities.find((e) => e.id === 'anthropic')!;
    assert.deepEqual(anthropic.aliases, ['Anthropic PBC', 'Ant']);
    assert.equal(anthropic.summary, 'Override.');
    assert.equal(out.entities.length, bundled.entities.length);
    assert.notEqual(bundled.entities.find((e) => e.id === 'anthropic')!.summary, 'Override.');
    assert.equal(out.name, bundled.name);
  });

  it('merges several user fact bases in order, the last one winning', () => {
    const second: FactBase = { version: 1, entities: [{ id: 'c', kind: 'concept', name: 'Gamma 2', aliases: ['G'], summary: 'Newer.' }], facts: [], sources: [], quotations: [], relations: [] };
    const out = mergeFactBases(base, user, second);
    assert.equal(out.entities.find((e) => e.id === 'c')!.name, 'Gamma 2');
  });
});
