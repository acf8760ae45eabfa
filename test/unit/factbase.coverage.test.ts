import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import rawData from '../../src/core/factbase/glasswing.json';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { factBaseSchema, type Alias, type FactBase, type FactValue } from '../../src/core/factbase/schema';

// ── the reference article ────────────────────────────────────────────────────

function findArticle(): string | undefined {
  const candidates = [
    resolve(process.cwd(), '../shared/source/glasswing-article.txt'),
    resolve(__dirname, '../../../../shared/source/glasswing-article.txt'),
    resolve(__dirname, '../../../shared/source/glasswing-article.txt'),
  ];
  return candidates.find((p) => existsSync(p));
}

interface Article {
  /** The prose, without the closing list of sources. */
  readonly body: string;
  /** The numbered list of sources, as { title, publisher }. */
  readonly sources: readonly { title: string; publisher: string }[];
  readonly text: string;
}

/**
 * Splits the article into prose and its list of sources. In the plain-text rendering the
 * list is the run of trailing "Title - Publisher[ (PDF)][ Inline ↗]" lines; in Markdown
 * it is the numbered list under a "Sources" heading.
 */
function readArticle(text: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const item = /^(?:\d+\.\s+)?(.+) - ([^-]+?)(?: \(PDF\))?(?: Inline ↗)?\s*$/;
  let first = lines.length;
  while (first > 0) {
    const line = lines[first - 1].trim();
    if (line === '' && first === lines.length) {
      first--;
      continue;
    }
    if (!item.test(line) || /[.!?"]$/.test(line) || line.length > 200) break;
    first--;
  }
  const sources = lines
    .slice(first)
    .map((l) => item.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1].trim(), publisher: m[2].trim() }));
  const body = lines.slice(0, first).filter((l) => !/^#{1,6}\s+Sources\s*$/i.test(l)).join('\n');
  return { body, sources, text };
}

// ── figures ──────────────────────────────────────────────────────────────────

type Figure =
  | { kind: 'date'; text: string; year?: number; month: number; day?: number }
  | { kind: 'money'; text: string; amount: number }
  | { kind: 'percent'; text: string; value: number; to?: number }
  | { kind: 'age'; text: string; value: number }
  | { kind: 'number'; text: string; value: number; unit?: string };

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const numberWords: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const scales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every figure in `prose`, found by general patterns: dates, money, percentages, ages,
 * any other number written in digits, and number words used as quantities ("twelve",
 * "five million", "fifty-plus", "a decade"). Citation markers ([1], [1][6]) and the
 * digits inside names the fact base knows ("Opus 4.6", "GPT-5.3-Codex", "ASL-3") are
 * not figures. "one" is left out: in prose it is nearly always a pronoun.
 */
function extractFigures(prose: string, namesWithDigits: readonly string[]): Figure[] {
  let text = prose.replace(/\[\d+(?:\s*[,–-]\s*\d+)*\]/g, (m) => ' '.repeat(m.length));
  for (const name of [...namesWithDigits].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\w.-])${escapeRegExp(name)}(?![\\w-]|\\.\\d)`, 'gi');
    text = text.replace(re, (m) => ' '.repeat(m.length));
  }
  const figures: Figure[] = [];
  const take = (re: RegExp, make: (m: RegExpExecArray) => Figure): void => {
    text = text.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      figures.push(make(m));
      return ' '.repeat(m[0].length);
    });
  };
  const monthRe = `(${months.join('|')})`;
  take(new RegExp(`\\b${monthRe}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b`, 'gi'), (m) => ({
    kind: 'date', text: m[0], month: months.indexOf(m[1].toLowerCase()) + 1, day: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}),
  }));
  take(new RegExp(`\\b${monthRe}\\s+(\\d{4})\\b`, 'gi'), (m) => ({
    kind: 'date', text: m[0], month: months.indexOf(m[1].toLowerCase()) + 1, year: Number(m[2]),
  }));
  const scale = (word: string | undefined): number => (word ? scales[word.toLowerCase()] : 1);
  take(/\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?\b/gi, (m) => ({
    kind: 'money', text: m[0], amount: Number(m[1].replace(/,/g, '')) * scale(m[2]),
  }));
  take(/(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s?(?:%|\s+percent\b)/gi, (m) => ({
    kind: 'percent', text: m[0], value: Number(m[1]), ...(m[2] ? { to: Number(m[2]) } : {}),
  }));
  take(/\b(\d+)-year-old\b/gi, (m) => ({ kind: 'age', text: m[0], value: Number(m[1]) }));
  const unitRe = '(?:[\\s-]+(pages?|days?|weeks?|months?|years?|times|employees|targets|organizations))?';
  const unit = (word: string | undefined): { unit?: string } => (word ? { unit: word.toLowerCase().replace(/s$/, '') } : {});
  take(new RegExp(`\\b(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s+(thousand|million|billion|trillion))?${unitRe}\\b`, 'gi'), (m) => ({
    kind: 'number', text: m[0], value: Number(m[1].replace(/,/g, '')) * scale(m[2]), ...unit(m[3]),
  }));
  const wordRe = `(${Object.keys(numberWords).join('|')})`;
  take(new RegExp(`\\b${wordRe}(?:-plus)?(?:\\s+(thousand|million|billion|trillion))?${unitRe}\\b`, 'gi'), (m) => ({
    kind: 'number', text: m[0], value: numberWords[m[1].toLowerCase()] * scale(m[2]), ...unit(m[3]),
  }));
  take(/\b(?:a|one)\s+(decade|century)\b/gi, (m) => ({ kind: 'number', text: m[0], value: 1, unit: m[1].toLowerCase() }));
  return figures;
}

function covers(values: readonly FactValue[], figure: Figure): boolean {
  return values.some((v) => {
    switch (figure.kind) {
      case 'date': {
        if (v.type !== 'date') return false;
        const [y, mo, d] = v.date.split('-').map(Number);
        return mo === figure.month && (figure.year === undefined || y === figure.year) && (figure.day === undefined || d === figure.day);
      }
      case 'money':
        return v.type === 'money' && v.amount === figure.amount;
      case 'percent':
        return v.type === 'percent' && (figure.to === undefined ? v.value === figure.value || v.to === figure.value : v.value === figure.value && v.to === figure.to);
      case 'age':
        return v.type === 'age' && v.value === figure.value;
      case 'number': {
        const same = (n: number | undefined): boolean => n === figure.value;
        switch (figure.unit) {
          case undefined:
            if (v.type === 'date') return Number.isInteger(figure.value) && Number(v.date.slice(0, 4)) === figure.value;
            if (v.type === 'count') return same(v.value) || same(v.to);
            return (v.type === 'duration' || v.type === 'measure' || v.type === 'age') && same(v.value);
          case 'day':
          case 'week':
          case 'month':
          case 'year':
          case 'decade':
          case 'century':
            return (v.type === 'duration' || v.type === 'age') && v.unit === figure.unit && same(v.value);
          default: // pages, times, employees…: a count of that thing
            return v.type === 'count' && (v.unit ?? '').includes(figure.unit) && (same(v.value) || same(v.to));
        }
      }
    }
  });
}

// ── quotations ───────────────────────────────────────────────────────────────

/** Quoted spans of the prose: "…" and “…” (nested '…' included), then '…'/‘…’ outside them. */
function extractQuotes(prose: string): string[] {
  const quotes: string[] = [];
  for (const paragraph of prose.split(/\n+/)) {
    let rest = paragraph;
    const double = /"([^"\n]+)"|“([^”\n]+)”/g;
    rest = rest.replace(double, (m, a: string | undefined, b: string | undefined) => {
      quotes.push(a ?? b ?? '');
      return ' '.repeat(m.length);
    });
    // Single marks: an opening mark not inside a word, a closing one not followed by a letter
    // (so "don't" and "Anthropic's" are apostrophes, not quotation marks).
    const single = /(?<![\p{L}\p{N}])['‘](\p{L}[^'‘’\n]*?[^\s'‘’])['’](?![\p{L}\p{N}])/gu;
    for (const m of rest.matchAll(single)) quotes.push(m[1]);
  }
  return quotes;
}

function normaliseQuote(s: string): string {
  return s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?—–-]+|[\s"'.,;:!?—–-]+$/g, '');
}

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// ── helpers over the fact base ───────────────────────────────────────────────

const aliasText = (a: Alias): string => (typeof a === 'string' ? a : a.text);

function namesWithDigits(fb: FactBase): string[] {
  return fb.entities.flatMap((e) => [e.name, ...e.aliases.map(aliasText)]).filter((n) => /\d/.test(n));
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

// ── the tests ────────────────────────────────────────────────────────────────

describe('The bundled fact base', () => {
  const fb = bundledFactBase();
  const entityIds = new Set(fb.entities.map((e) => e.id));
  const sourceIds = new Set(fb.sources.map((s) => s.id));

  it('passes the fact base schema as written, without relying on defaults', () => {
    const parsed = factBaseSchema.safeParse(rawData);
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5), null, 2));
    assert.equal(fb.version, 1);
  });

  it('is memoised and frozen, so no caller can change it for the others', () => {
    assert.equal(bundledFactBase(), fb);
    assert.ok(Object.isFrozen(fb) && Object.isFrozen(fb.entities) && Object.isFrozen(fb.entities[0]));
  });

  it('has unique ids in each list, and entity ids distinct from source ids', () => {
    for (const list of ['entities', 'facts', 'sources', 'quotations'] as const) {
      assert.deepEqual(duplicates(fb[list].map((x) => x.id)), [], `duplicate ${list} ids`);
    }
    assert.deepEqual([...entityIds].filter((id) => sourceIds.has(id)), []);
  });

  it('resolves every entity and source a fact, quotation, relation or entity refers to', () => {
    const missing: string[] = [];
    const need = (set: Set<string>, id: string, where: string): void => void (set.has(id) || missing.push(`${where}: ${id}`));
    for (const e of fb.entities) for (const m of e.memberOf ?? []) need(entityIds, m, `entity ${e.id} memberOf`);
    for (const f of fb.facts) {
      for (const id of f.entities) need(entityIds, id, `fact ${f.id}`);
      for (const id of f.sources) need(sourceIds, id, `fact ${f.id} source`);
    }
    for (const q of fb.quotations) {
      need(entityIds, q.speaker, `quotation ${q.id} speaker`);
      if (q.document) need(entityIds, q.document, `quotation ${q.id} document`);
      for (const id of q.sources) need(sourceIds, id, `quotation ${q.id} source`);
    }
    for (const r of fb.relations) {
      need(entityIds, r.from, `relation ${r.type}`);
      need(entityIds, r.to, `relation ${r.type}`);
    }
    assert.deepEqual(missing, []);
  });

  it('never gives two entities the same name or alias, and has no possessive aliases', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of fb.entities) {
      for (const text of new Set([e.name, ...e.aliases.map(aliasText)].map((t) => t.toLowerCase()))) {
        const other = owner.get(text);
        if (other && other !== e.id) clashes.push(`"${text}": ${other} and ${e.id}`);
        owner.set(text, e.id);
        if (/['’]s$/.test(text)) clashes.push(`possessive alias "${text}" on ${e.id}`);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('gives every fact a source, and every figure a measure, cues and a subject', () => {
    const bad = fb.facts.filter((f) => f.sources.length === 0 || (f.value && (!f.measure || !f.cues?.length)));
    assert.deepEqual(bad.map((f) => f.id), []);
  });

  it('uses one kind of value per measure, so comparable facts compare', () => {
    const kinds = new Map<string, Set<string>>();
    for (const f of fb.facts) {
      if (!f.measure || !f.value) continue;
      if (!kinds.has(f.measure)) kinds.set(f.measure, new Set());
      kinds.get(f.measure)!.add(f.value.type);
    }
    assert.deepEqual([...kinds].filter(([, k]) => k.size > 1).map(([m]) => m), []);
  });

  it('records the twelve founding partners of Project Glasswing', () => {
    const partners = fb.relations.filter((r) => r.type === 'founding-partner-of' && r.to === 'project-glasswing').map((r) => r.from);
    assert.equal(new Set(partners).size, 12);
    const named = ['Amazon Web Services', 'Anthropic', 'Apple', 'Broadcom', 'Cisco', 'CrowdStrike', 'Google', 'JPMorganChase', 'Linux Foundation', 'Microsoft', 'NVIDIA', 'Palo Alto Networks'];
    assert.deepEqual(partners.map((id) => fb.entities.find((e) => e.id === id)?.name).sort(), named.sort());
  });

  it('knows the entities a writer is likely to name, by name or alias', () => {
    const names = new Set(fb.entities.flatMap((e) => [e.name, ...e.aliases.map(aliasText)]));
    const expected = [
      'Anthropic', 'Fortune', 'Axios', 'CNN', 'TechCrunch', 'Mayer Brown', 'OpenAI', 'Google DeepMind', 'Eleos AI Research',
      'AWS', 'CISA', 'Commerce Department', 'Pentagon', 'DOD', 'Department of Defense', 'U.S. government', 'federal court',
      'Dario Amodei', 'Amodei', 'Logan Graham', 'Pete Hegseth', 'President Trump', 'Jim Zemlin', 'clinical psychiatrist',
      'Claude Mythos Preview', 'Mythos Preview', 'Claude Mythos', 'Mythos', 'Capybara', 'Claude Opus 4', 'Opus 4.6', 'GPT-5.3-Codex', 'Opus',
      'CyberGym', 'SWE-bench Verified', 'SWE-bench Pro', 'Project Glasswing', 'Glasswing', 'Responsible Scaling Policy', 'RSP',
      'ASL-3', 'Preparedness Framework', 'DARPA Cyber Grand Challenge', 'Alignment Risk Update', 'OpenBSD', 'FFmpeg', 'Linux kernel',
      'First Amendment', 'Claude Mythos Preview System Card',
    ];
    assert.deepEqual(expected.filter((n) => !names.has(n)), []);
  });
});

describe('The bundled fact base against the reference article', function () {
  const fb = bundledFactBase();
  let article: Article | undefined;

  before(function () {
    const path = findArticle();
    if (!path) {
      console.warn('    (reference article ../shared/source/glasswing-article.txt not found: coverage tests skipped)');
      this.skip();
    }
    article = readArticle(readFileSync(path, 'utf8'));
  });

  it('holds every figure and date of the article as a structured value', () => {
    const figures = extractFigures(article!.body, namesWithDigits(fb));
    assert.ok(figures.length >= 30, `only ${figures.length} figures found: is the extraction broken?`);
    const values = fb.facts.flatMap((f) => (f.value ? [f.value] : []));
    const missing = figures.filter((fig) => !covers(values, fig)).map((fig) => `${fig.kind} "${fig.text.trim()}"`);
    assert.deepEqual(missing, [], 'figures in the article that no fact holds');
  });

  it('holds every quoted span of three or more words as a quotation on record', () => {
    const quotes = extractQuotes(article!.body).filter((q) => wordCount(q) >= 3);
    assert.ok(quotes.length >= 12, `only ${quotes.length} quotations found: is the extraction broken?`);
    const onRecord = new Set(fb.quotations.map((q) => normaliseQuote(q.text)));
    assert.deepEqual(quotes.filter((q) => !onRecord.has(normaliseQuote(q))), [], 'quotations in the article that are not on record');
  });

  it('has the exact words of the article in every quotation on record', () => {
    const flat = article!.text.replace(/\s+/g, ' ');
    assert.deepEqual(fb.quotations.filter((q) => !flat.includes(q.text)).map((q) => q.id), []);
  });

  it('has the article\'s numbered sources, 1 to 10, with their titles and publishers', () => {
    assert.equal(article!.sources.length, 10, 'the article lists 10 sources');
    const numbered = fb.sources.filter((s) => s.number !== undefined).sort((a, b) => a.number! - b.number!);
    assert.deepEqual(numbered.map((s) => s.number), article!.sources.map((_, i) => i + 1));
    assert.deepEqual(
      numbered.map((s) => ({ title: s.title, publisher: s.publisher })),
      article!.sources.map((s) => ({ title: s.title, publisher: s.publisher })),
    );
  });

  it('summarises in its own words: no summary or statement repeats eight words of the article', () => {
    const words = (s: string): string[] => s.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}'.%$-]+/gu) ?? [];
    const articleWords = words(article!.text).join(' ');
    const copied: string[] = [];
    const texts = [...fb.entities.map((e) => [e.id, e.summary]), ...fb.facts.map((f) => [f.id, f.statement])];
    for (const [id, text] of texts) {
      const w = words(text);
      for (let i = 0; i + 8 <= w.length; i++) {
        const run = w.slice(i, i + 8).join(' ');
        if (articleWords.includes(run)) {
          copied.push(`${id}: "${run}"`);
          break;
        }
      }
    }
    assert.deepEqual(copied, []);
  });
});
