import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { z } from 'zod';
import type { Range } from '../types';
import {
  entitySchema,
  factBaseSchema,
  factSchema,
  quotationSchema,
  relationSchema,
  sourceSchema,
  type Entity,
  type Fact,
  type FactBase,
  type QuotationOnRecord,
  type Relation,
  type Source,
} from './schema';

/**
 * Loads a user fact base (YAML or JSON) and reports every problem with the path of the
 * bad field and its range in the file. Hostile input gives errors, never an exception:
 * alias bombs, prototype keys, huge or absurdly nested files, wrong types and syntax
 * errors are all reported. YAML files are read as YAML 1.2 (core schema, unique keys);
 * JSON files by `JSON.parse`, so a repeated key in JSON silently takes the last value.
 */

export interface FactBaseError {
  /** What is wrong, in words a writer understands, without the path ("expected one of …"). */
  readonly message: string;
  /** Where in the data: "entities[3].aliases[0]"; "" for the whole file. */
  readonly path: string;
  /** The bad field's node in the file (zero-based, UTF-16), or line 0 when it cannot be located. */
  readonly range: Range;
}

export interface ParseFactBaseResult {
  /**
   * What could be validated. Absent when the file cannot be read as a fact base at all
   * (syntax error, wrong top-level shape, wrong version). Present, possibly alongside
   * errors, when only some entries are bad: those entries are left out, the rest is kept.
   */
  readonly factBase?: FactBase;
  readonly errors: readonly FactBaseError[];
}

/** Ids defined elsewhere (the bundled fact base) that a user file may refer to. */
export interface KnownIds {
  readonly entities?: ReadonlySet<string>;
  readonly sources?: ReadonlySet<string>;
  /** Where these ids come from, for "unknown id" messages (default: the bundled fact base). */
  readonly from?: readonly string[];
}

export interface ParseFactBaseOptions {
  /** Ids a file may reference without defining them; a plain set counts for entities and sources. */
  readonly known?: KnownIds | ReadonlySet<string>;
  /** Largest text accepted, in UTF-16 code units (default 5 MB). */
  readonly maxSize?: number;
}

export const maxFactBaseSize = 5 * 1024 * 1024;
/** YAML alias expansions allowed before the file is refused (the `yaml` package's guard). */
const maxAliasCount = 100;
const maxErrors = 200;
/** A fact base is five levels deep; far deeper input is hostile and could exhaust the parser's stack. */
const maxDepth = 64;

type Path = readonly (string | number)[];
type ListName = 'entities' | 'facts' | 'sources' | 'quotations' | 'relations';
const listNames: readonly ListName[] = ['entities', 'facts', 'sources', 'quotations', 'relations'];
const itemSchemas: Record<ListName, z.ZodType> = {
  entities: entitySchema,
  facts: factSchema,
  sources: sourceSchema,
  quotations: quotationSchema,
  relations: relationSchema,
};

/** The ids a fact base defines, for `ParseFactBaseOptions.known`. */
export function knownIdsOf(factBase: FactBase, from?: readonly string[]): KnownIds {
  const known: KnownIds = {
    entities: new Set(factBase.entities.map((e) => e.id)),
    sources: new Set(factBase.sources.map((s) => s.id)),
  };
  return from === undefined ? known : { ...known, from };
}

/** "entities[2].kind: expected one of …", as shown in the CLI and in the Problems panel. */
export function formatFactBaseError(error: FactBaseError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** "entities[3].aliases[0]" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

export function parseFactBase(text: string, fileName: string, options: ParseFactBaseOptions = {}): ParseFactBaseResult {
  try {
    return parseUnsafe(text, fileName, options);
  } catch (e) {
    // Anything unforeseen (stack exhaustion on absurd nesting, say) is still only an error.
    return fail(`the file could not be read as a fact base (${e instanceof Error ? e.message : String(e)})`);
  }
}

function parseUnsafe(text: string, fileName: string, options: ParseFactBaseOptions): ParseFactBaseResult {
  const limit = options.maxSize ?? maxFactBaseSize;
  if (text.length > limit) {
    return fail(`the file is too large to load as a fact base (${mb(text.length)}; the limit is ${mb(limit)})`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return fail('the file is empty: a fact base needs at least "version: 1"');
  }
  const tooDeep = nestingTooDeep(text);
  if (tooDeep >= 0) {
    const at = new Locator(text).offsetRange(tooDeep);
    return { errors: [{ message: `the file is nested too deeply to be a fact base (more than ${maxDepth} levels)`, path: '', range: at }] };
  }
  const isJson = /\.json$/i.test(fileName);
  const locator = new Locator(text);
  let data: unknown;
  if (isJson) {
    // JSON.parse is the authority for JSON syntax; the YAML parser only locates nodes.
    const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
    try {
      data = JSON.parse(body);
    } catch (e) {
      const offset = jsonSyntaxErrorOffset(body);
      const detail = cleanJsonMessage(e instanceof Error ? e.message : String(e));
      return { errors: [{ message: `not valid JSON: ${detail}`, path: '', range: locator.offsetRange(offset < 0 ? 0 : offset) }] };
    }
  } else {
    const doc = locator.doc();
    if (doc.errors.length) {
      // The first syntax error is the one to fix: the parser's later ones mostly follow from it
      // (one missing "]" gave nine), so they are counted, not listed.
      const [first] = doc.errors;
      const more = doc.errors.length - 1;
      return {
        errors: [
          {
            message: `not valid YAML: ${first.message.split('\n')[0]}${more ? ` (${more} more syntax ${more === 1 ? 'error follows' : 'errors follow'} from here)` : ''}`,
            path: '',
            range: locator.spanRange(first.pos[0], first.pos[1]),
          },
        ],
      };
    }
    try {
      data = doc.toJS({ maxAliasCount });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (/alias/i.test(message)) {
        return {
          errors: [{
            message: `too many alias (*name) expansions (more than ${maxAliasCount}): the file would expand far beyond its size, so it is refused`,
            path: '',
            range: locator.firstAliasRange(),
          }],
        };
      }
      throw e;
    }
  }
  if (data === null || data === undefined) return fail('the file is empty: a fact base needs at least "version: 1"');
  return validate(data, locator, normaliseKnown(options.known));
}

// ── validation ────────────────────────────────────────────────────────────────

interface Known {
  readonly entities: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  /** Where the known ids come from, when any are given. */
  readonly from?: readonly string[];
}

function normaliseKnown(known: ParseFactBaseOptions['known']): Known {
  if (!known) return { entities: new Set(), sources: new Set() };
  if (known instanceof Set) return { entities: known, sources: known, from: ['the bundled fact base'] };
  const k = known as KnownIds;
  return { entities: k.entities ?? new Set(), sources: k.sources ?? new Set(), from: k.from ?? ['the bundled fact base'] };
}

interface Kept<T> {
  readonly value: T;
  readonly index: number;
}

function validate(data: unknown, locator: Locator, known: Known): ParseFactBaseResult {
  const errors: FactBaseError[] = [];
  let overflow = 0;
  const add = (path: Path, message: string, key = false): void => {
    if (errors.length < maxErrors) errors.push({ message, path: formatPath(path), range: locator.pathRange(path, key) });
    else overflow++;
  };
  const done = (factBase?: FactBase): ParseFactBaseResult => {
    // In the file's order, as a writer reads and fixes them (they are found kind by kind).
    errors.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const all = overflow ? [...errors, { message: `…and ${overflow} more errors`, path: '', range: zeroRange }] : errors;
    return factBase ? { factBase, errors: all } : { errors: all };
  };

  const parsed = factBaseSchema.safeParse(data);
  let lists: { [K in ListName]: Kept<unknown>[] };
  let name: string | undefined;
  if (parsed.success) {
    name = parsed.data.name;
    lists = {
      entities: parsed.data.entities.map((value, index) => ({ value, index })),
      facts: parsed.data.facts.map((value, index) => ({ value, index })),
      sources: parsed.data.sources.map((value, index) => ({ value, index })),
      quotations: parsed.data.quotations.map((value, index) => ({ value, index })),
      relations: parsed.data.relations.map((value, index) => ({ value, index })),
    };
  } else {
    for (const issue of parsed.error.issues) reportIssue(issue, [], data, add);
    if (!isPlainObject(data) || own(data, 'version') !== 1) {
      return done();
    }
    // Keep every entry that is valid on its own, so the rest of the file still works.
    lists = { entities: [], facts: [], sources: [], quotations: [], relations: [] };
    for (const list of listNames) {
      const raw = own(data, list);
      if (!Array.isArray(raw)) continue;
      raw.forEach((item, index) => {
        const one = itemSchemas[list].safeParse(item);
        if (one.success) lists[list].push({ value: one.data, index });
      });
    }
    const rawName = own(data, 'name');
    name = typeof rawName === 'string' && rawName ? rawName : undefined;
  }

  const factBase = checkReferences(data, lists, known, add);
  if (name !== undefined) factBase.name = name;
  return done(factBase);
}

function checkReferences(
  data: unknown,
  lists: { [K in ListName]: Kept<unknown>[] },
  known: Known,
  add: (path: Path, message: string, key?: boolean) => void,
): FactBase {
  // Ids as written, valid entry or not, so a bad entry does not cascade into "unknown id" errors.
  const rawIds = (list: ListName): Map<string, number> => {
    const ids = new Map<string, number>();
    const raw = isPlainObject(data) ? own(data, list) : undefined;
    if (!Array.isArray(raw)) return ids;
    raw.forEach((item, index) => {
      const id = isPlainObject(item) ? own(item, 'id') : undefined;
      if (typeof id !== 'string') return;
      if (ids.has(id)) add([list, index, 'id'], `duplicate id "${id}": ${formatPath([list, ids.get(id)!])} already uses it`);
      else ids.set(id, index);
    });
    return ids;
  };
  const firstIndex: Partial<Record<ListName, Map<string, number>>> = {};
  for (const list of ['entities', 'facts', 'sources', 'quotations'] as const) firstIndex[list] = rawIds(list);
  const isFirst = (list: ListName, k: Kept<{ id: string }>): boolean => firstIndex[list]?.get(k.value.id) === k.index;

  const entityIds = new Set([...firstIndex.entities!.keys(), ...known.entities]);
  const sourceIds = new Set([...firstIndex.sources!.keys(), ...known.sources]);
  // "in this file", "in this file or in the bundled fact base", "in this file, the bundled fact base or …".
  const places = ['this file', ...(known.from ?? [])];
  const where = places.length === 1 ? 'in this file' : places.length === 2 ? `in this file or in ${places[1]}` : `in ${places.slice(0, -1).join(', ')} or ${places[places.length - 1]}`;
  const check = (ids: ReadonlySet<string>, what: 'entity' | 'source', id: string, path: Path): boolean => {
    if (ids.has(id)) return true;
    const near = closest(id, ids);
    add(path, `unknown ${what} id "${id}": not defined ${where}${near ? ` (did you mean "${near}"?)` : ''}`);
    return false;
  };

  const entities: Entity[] = [];
  for (const k of lists.entities as Kept<Entity>[]) {
    if (!isFirst('entities', k)) continue;
    let entity = k.value;
    if (entity.url !== undefined && !isWebUrl(entity.url)) {
      add(['entities', k.index, 'url'], 'expected an http or https address');
      entity = omit(entity, 'url');
    }
    if (entity.memberOf) {
      const memberOf = entity.memberOf.filter((id, j) => check(entityIds, 'entity', id, ['entities', k.index, 'memberOf', j]));
      entity = { ...entity, memberOf };
    }
    entities.push(entity);
  }
  const sources: Source[] = [];
  for (const k of lists.sources as Kept<Source>[]) {
    if (!isFirst('sources', k)) continue;
    if (k.value.url !== undefined && !isWebUrl(k.value.url)) {
      add(['sources', k.index, 'url'], 'expected an http or https address');
      sources.push(omit(k.value, 'url'));
    } else sources.push(k.value);
  }
  const facts: Kept<Fact>[] = [];
  for (const k of lists.facts as Kept<Fact>[]) {
    if (!isFirst('facts', k)) continue;
    let ok = true;
    k.value.entities.forEach((id, j) => (ok = check(entityIds, 'entity', id, ['facts', k.index, 'entities', j]) && ok));
    k.value.sources.forEach((id, j) => (ok = check(sourceIds, 'source', id, ['facts', k.index, 'sources', j]) && ok));
    if (ok) facts.push(k);
  }
  const quotations: Kept<QuotationOnRecord>[] = [];
  for (const k of lists.quotations as Kept<QuotationOnRecord>[]) {
    if (!isFirst('quotations', k)) continue;
    const q = k.value;
    let ok = check(entityIds, 'entity', q.speaker, ['quotations', k.index, 'speaker']);
    if (q.document !== undefined) ok = check(entityIds, 'entity', q.document, ['quotations', k.index, 'document']) && ok;
    q.sources.forEach((id, j) => (ok = check(sourceIds, 'source', id, ['quotations', k.index, 'sources', j]) && ok));
    if (ok) quotations.push(k);
  }
  const relations: Relation[] = [];
  for (const k of lists.relations as Kept<Relation>[]) {
    const okFrom = check(entityIds, 'entity', k.value.from, ['relations', k.index, 'from']);
    const okTo = check(entityIds, 'entity', k.value.to, ['relations', k.index, 'to']);
    if (okFrom && okTo) relations.push(k.value);
  }

  // Entries that point at an entry left out for its own errors are left out too, and say so
  // where they point: otherwise a fact disappears with no word on it.
  const finalEntities = new Set([...entities.map((e) => e.id), ...known.entities]);
  const finalSources = new Set([...sources.map((s) => s.id), ...known.sources]);
  const allIn = (ids: readonly string[], set: ReadonlySet<string>): boolean => ids.every((id) => set.has(id));
  const leftOut = (what: 'entity' | 'source', id: string, path: Path) =>
    add(path, `the whole ${path[0] === 'facts' ? 'fact' : 'quotation'} is left out, because the ${what} "${id}" it refers to has errors of its own (see ${formatPath([what === 'entity' ? 'entities' : 'sources', firstIndex[what === 'entity' ? 'entities' : 'sources']!.get(id) ?? 0])})`);
  const keep = (ids: readonly (string | undefined)[], what: 'entity' | 'source', set: ReadonlySet<string>, pathOf: (j: number) => Path): boolean => {
    const j = ids.findIndex((id) => id !== undefined && !set.has(id));
    if (j >= 0) leftOut(what, ids[j]!, pathOf(j));
    return j < 0;
  };
  return {
    version: 1,
    entities: entities.map((e) => (e.memberOf && !allIn(e.memberOf, finalEntities) ? { ...e, memberOf: e.memberOf.filter((id) => finalEntities.has(id)) } : e)),
    facts: facts
      .filter(
        (k) =>
          keep(k.value.entities, 'entity', finalEntities, (j) => ['facts', k.index, 'entities', j]) &&
          keep(k.value.sources, 'source', finalSources, (j) => ['facts', k.index, 'sources', j]),
      )
      .map((k) => k.value),
    sources,
    quotations: quotations
      .filter(
        (k) =>
          keep([k.value.speaker, k.value.document], 'entity', finalEntities, (j) => ['quotations', k.index, j === 0 ? 'speaker' : 'document']) &&
          keep(k.value.sources, 'source', finalSources, (j) => ['quotations', k.index, 'sources', j]),
      )
      .map((k) => k.value),
    relations: relations.filter((r) => finalEntities.has(r.from) && finalEntities.has(r.to)),
  };
}

// ── zod issues in a writer's words ────────────────────────────────────────────

type Issue = z.core.$ZodIssue;

function reportIssue(issue: Issue, prefix: Path, data: unknown, add: (path: Path, message: string, key?: boolean) => void): void {
  const path: Path = [...prefix, ...(issue.path as PropertyKey[]).map((p) => (typeof p === 'number' ? p : String(p)))];
  switch (issue.code) {
    case 'invalid_type': {
      const got = valueAt(data, path);
      if (got === undefined) {
        add(path, `required field is missing (expected ${typeWord(issue.expected)})`);
      } else {
        const hint = issue.expected === 'string' && typeof got === 'number' ? ` (in YAML, put it in quotes: "${got}")` : '';
        add(path, `expected ${typeWord(issue.expected)}, got ${describe(got)}${hint}`);
      }
      return;
    }
    case 'invalid_value': {
      const got = valueAt(data, path);
      const expected = issue.values.length === 1 ? display(issue.values[0]) : `one of ${issue.values.map(String).join(' | ')}`;
      add(path, `expected ${expected}${isPrimitive(got) ? `, got ${display(got)}` : ''}`);
      return;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path, data);
      for (const key of issue.keys) {
        const near = allowed ? closest(key, new Set(allowed)) : undefined;
        const suggestion = near ? ` (did you mean "${near}"?)` : allowed ? ` (allowed: ${allowed.join(', ')})` : '';
        add([...path, key], `unknown field "${key}"${suggestion}`, true);
      }
      return;
    }
    case 'invalid_format': {
      const got = valueAt(data, path);
      let message: string;
      if (issue.format === 'url') message = 'expected a web address such as https://example.org/page';
      else if (/^Invalid/.test(issue.message)) message = 'expected lower-case kebab-case (a-z, 0-9 and "-"), such as cybergym-score';
      else message = issue.message; // the schema's own wording ("ids are lower-case kebab-case …")
      add(path, `${message}${typeof got === 'string' ? `, got ${display(got)}` : ''}`);
      return;
    }
    case 'too_small': {
      const origin = issue.origin;
      if (origin === 'array' || origin === 'set') add(path, `must list at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`);
      else if (origin === 'string') add(path, Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters long`);
      else add(path, Number(issue.minimum) === 0 ? 'must not be negative' : `must be at least ${issue.minimum}`);
      return;
    }
    case 'too_big':
      add(path, `must be at most ${issue.maximum}`);
      return;
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        const got = valueAt(data, path);
        add(path, `expected one of ${options.map(String).join(' | ')}${isPrimitive(got) ? `, got ${display(got)}` : ''}`);
        return;
      }
      if (path.includes('aliases')) {
        add(path, 'expected a name (text) or { text: …, caseSensitive: true | false }');
        return;
      }
      // Report the branch that got furthest (deepest first issue) as if it were the only one.
      const branches = issue.errors.filter((b) => b.length);
      const best = branches.sort((a, b) => depth(b) - depth(a))[0];
      if (best) for (const inner of best) reportIssue(inner, path, data, add);
      else add(path, 'does not match any allowed form');
      return;
    }
    default:
      add(path, issue.message);
  }
}

function depth(issues: readonly Issue[]): number {
  return Math.max(...issues.map((i) => i.path.length));
}

const shapeKeys = (schema: { shape: Record<string, unknown> }): string[] => Object.keys(schema.shape);

function allowedKeys(path: Path, data: unknown): string[] | undefined {
  if (path.length === 0) return shapeKeys(factBaseSchema);
  if (path.length === 2 && typeof path[1] === 'number') {
    const list = path[0] as ListName;
    const schema = itemSchemas[list] as unknown as { shape?: Record<string, unknown> } | undefined;
    return schema?.shape ? Object.keys(schema.shape) : undefined;
  }
  if (path.length === 3 && path[0] === 'facts' && path[2] === 'value') {
    const type = own(valueAt(data, path), 'type');
    const fields: Record<string, string[]> = {
      percent: ['type', 'value', 'to', 'approx'],
      money: ['type', 'amount', 'currency', 'approx'],
      count: ['type', 'value', 'to', 'unit', 'approx'],
      measure: ['type', 'value', 'unit', 'approx'],
      duration: ['type', 'value', 'unit', 'approx'],
      age: ['type', 'value', 'unit', 'approx'],
      date: ['type', 'date'],
    };
    return typeof type === 'string' && Object.hasOwn(fields, type) ? fields[type] : undefined;
  }
  return undefined;
}

function typeWord(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value lines)',
  };
  return words[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text ${display(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

function display(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return String(value);
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

// ── small helpers ─────────────────────────────────────────────────────────────

const zeroRange: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function fail(message: string): ParseFactBaseResult {
  return { errors: [{ message, path: '', range: zeroRange }] };
}

function mb(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: never walks into a prototype, whatever the key ("__proto__", "constructor"). */
function own(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const seg of path) node = own(node, seg);
  return node;
}

function omit<T extends object>(value: T, key: keyof T): T {
  const copy = { ...value };
  Reflect.deleteProperty(copy, key);
  return copy;
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function cleanJsonMessage(message: string): string {
  return message
    .replace(/\s*in JSON at position \d+(\s*\(line \d+ column \d+\))?/, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/, "[\s\S]*is not valid JSON$/, '')
    .split('\n')[0];
}

/** The candidate within edit distance 2 (and closer than the length), if any. */
function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), bestDistance);
    if (d < bestDistance && d < Math.max(word.length, 2)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, row[j]);
    }
    if (rowMin >= cap) return cap;
    prev = row;
  }
  return prev[b.length];
}

// ── locating paths in the file ────────────────────────────────────────────────

/** Maps data paths and offsets to ranges; the YAML document is parsed lazily (JSON needs it only for errors). */
class Locator {
  private parsed: Document.Parsed | undefined;
  private lines: LineIndex | undefined;

  constructor(private readonly text: string) {}

  doc(): Document.Parsed {
    this.parsed ??= parseDocument(this.text, {
      prettyErrors: false,
      uniqueKeys: true,
      resolveKnownTags: false,
      keepSourceTokens: false,
    });
    return this.parsed;
  }

  offsetRange(offset: number): Range {
    return this.spanRange(offset, Math.min(offset + 1, this.lineEnd(offset)));
  }

  spanRange(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The node at `path` (its key when `key`), else its deepest ancestor's first line, else line 0. */
  pathRange(path: Path, key = false): Range {
    const doc = this.doc();
    if (doc.errors.length) return zeroRange;
    let node: unknown = doc.contents;
    let keyNode: YamlNode | undefined;
    let found = true;
    for (let i = 0; i < path.length && node; i++) {
      if (isAlias(node)) node = node.resolve(doc);
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
        if (!pair) {
          found = false;
          break;
        }
        keyNode = pair.key as YamlNode;
        if (key && i === path.length - 1) {
          node = pair.key;
          break;
        }
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
        keyNode = undefined;
        node = node.items[seg];
      } else {
        found = false;
        break;
      }
    }
    const target = node as YamlNode | undefined;
    if (!target?.range) return zeroRange;
    let [start, end] = target.range;
    if (start === end && keyNode?.range) [start, end] = keyNode.range; // "kind:" with no value
    if (!found) end = Math.min(end, this.lineEnd(start)); // an ancestor: its first line only
    return this.spanRange(start, end);
  }

  firstAliasRange(): Range {
    let range: [number, number] | undefined;
    visit(this.doc(), {
      Alias: (_key, node) => {
        if (node.range) range = [node.range[0], node.range[1]];
        return visit.BREAK;
      },
    });
    return range ? this.spanRange(range[0], range[1]) : zeroRange;
  }

  private lineEnd(offset: number): number {
    let i = offset;
    while (i < this.text.length && this.text[i] !== '\n' && this.text[i] !== '\r') i++;
    return i;
  }

  /** Zero-based line and UTF-16 character; CRLF, LF and lone CR all end a line, as in VS Code. */
  private position(offset: number): Range['start'] {
    return (this.lines ??= new LineIndex(this.text)).position(offset);
  }
}

/**
 * Offset where nesting first exceeds `maxDepth`, or -1. Counts flow brackets outside
 * double-quoted strings, compact "- - -" sequence markers and deep indentation: cheap,
 * generous, and enough to keep pathological input away from the recursive parser.
 */
function nestingTooDeep(text: string): number {
  let depth = 0;
  let inString = false;
  let lineStart = true;
  let indent = 0;
  let markers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      indent = 0;
      markers = 0;
      continue;
    }
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9) {
        if (++indent > maxDepth * 8) return i;
        continue;
      }
      if ((c === 45 || c === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
        if (++markers > maxDepth) return i;
        continue;
      }
      lineStart = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}

// ── JSON syntax errors: where JSON.parse stopped (its messages do not always say) ──

/** Offset of the first JSON syntax error in `text`, or -1 when it is valid. Iterative: no recursion. */
export function jsonSyntaxErrorOffset(text: string): number {
  const n = text.length;
  const stack: number[] = []; // 123 "{" or 91 "["
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const space = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  for (;;) {
    space();
    if (state === 'value') {
      if (i >= n) return i;
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        stack.push(c);
        i++;
        space();
        if (text.charCodeAt(i) === c + 2) {
          stack.pop();
          i++;
          state = 'after';
        } else state = c === 123 ? 'key' : 'value';
      } else if (c === 34) {
        if (!string()) return i;
        state = 'after';
      } else {
        literal.lastIndex = i;
        const m = literal.exec(text);
        if (!m) return i;
        i += m[0].length;
        state = 'after';
      }
    } else if (state === 'key') {
      if (text.charCodeAt(i) !== 34 || !string()) return i;
      space();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      if (!stack.length) return i < n ? i : -1;
      const top = stack[stack.length - 1];
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        state = top === 123 ? 'key' : 'value';
      } else if (c === top + 2) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
