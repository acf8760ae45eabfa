/**
 * ReDoS: every regular expression in src/**.ts — literals found by the TypeScript parser and
 * the patterns `new RegExp(…)` really builds — is checked by recheck. An exponential pattern
 * fails the test; a polynomial one fails unless it is reviewed below with the reason its
 * input is bounded. A polynomial verdict of recheck's fuzz checker alone, which its time
 * limits make vary from run to run, is checked again by its automaton checker; when that
 * cannot decide, the verdict is a lead for the measurement that follows, not a failure.
 * Then the analyzer runs on recheck's attack strings (pumped to ~100,000 characters) in a
 * worker with a deadline: no hang, whatever recheck says.
 *
 * recheck's verdicts are kept in test/fuzz/redos-verdicts.json (keyed by recheck version,
 * pattern and flags), committed so that a fresh clone checks only new or changed patterns:
 * recheck takes minutes over every pattern, and a changed pattern is a new key. Outside CI
 * the test rewrites the file with this run's patterns only (commit it with the pattern);
 * POLICY_LENS_REDOS_FRESH=1 ignores it and checks every pattern again.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { scanSources, constructedRegexes, attackOf, type FoundRegex, type Attack } from '../fuzz/regexInventory';
import { Harness, growthOf } from '../fuzz/deadline';
import { contexts } from '../fuzz/attacks';
import { knownPattern, knownSlow } from '../fuzz/knownBugs';

const root = join(__dirname, '..', '..', '..');
const key = (r: { source: string; flags: string }) => `/${r.source}/${r.flags}`;


/**
 * Polynomial (not exponential) patterns recheck flags, reviewed: why the text they see is short
 * or the work per position bounded. Written as the same literal as in the source, so changing
 * the pattern makes it unreviewed again. Each also goes through the attack test below.
 */
const reviewedList: [RegExp, string][] = [
  [/\s*[\r\n]+\s*/g, 'CLI only: folds diagnostic messages onto one line; messages hold excerpts clipped by excerpt() and fact base statements (the user\'s own configuration). Linear alternative: .replace(/\\s+/g, (ws) => (/[\\r\\n]/.test(ws) ? " " : ws))'],
  [/[*?[]|\{[^}]*,[^}]*\}/, 'CLI only: tests a command-line argument the user typed'],
  [/\s*([A-Za-z][\w-]*)\s*=/y, 'sticky: one attempt per BibTeX field, at the field, so no search from every position; each attempt is linear in the white space before the field'],
  [
    /\s+(?:[\p{Extended_Pictographic}\u200d\ufe0f]+\s+)*(?:["'“‘«»‹›„(\[*_（「『【]*[\p{Lu}\p{Lo}\p{N}]|@[\p{L}\p{N}_])/uy,
    'sticky: one attempt per sentence end, linear in the white space and emoji that follow it (the two classes are disjoint, so each run is taken once), and such a run follows one sentence end only',
  ],
  [/(?<![\w.,])(?:\d+,\d{1,2}(?=\s?%)|(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|[.,]\d))|\b(?:(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Dd]ozen|[Hh]undred|[Oo]ne(?=[\s-]+(?:thousand|million|billion|trillion|hundred)\b)|[Hh]alf[\s-]an?[\s-](?:thousand|million|billion|trillion)|[Aa]\s(?:thousand|million|billion|trillion))\b/g, 'recheck\'s fuzz verdict; measured linear on its attack (the look-behind stops the digit runs from being retried)'],
  [/(\p{Lu}[\p{L}-]*)(?:\r\n|\s)$/u, 'runs on `before`, the 16 characters before a number'],
  [/\s*in JSON at position \d+(\s*\(line \d+ column \d+\))?/, 'runs on V8\'s JSON.parse error message: a fixed sentence and a clipped excerpt'],
  [/, "[\s\S]*is not valid JSON$/, 'runs on V8\'s JSON.parse error message: a fixed sentence and a clipped excerpt'],
  [/\s*(?:…|\.\s?\.\s?\.)\s*/, 'runs on quotation texts, whose white space collapse() has folded to single spaces'],
  [/^bibliography\s*[:=]\s*(.*)$/, 'anchored, on one front matter line (no line break in it), so (.*)$ succeeds at the first try'],
  [/^\s*-\s+(.*)$/, 'anchored, on one front matter line (no line break in it), so (.*)$ succeeds at the first try'],
  [/(`+)|<!--|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,500})?\/?>|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,2000}>|<[^\s@<>]{1,200}@[^\s@<>]{1,200}>|(!?)\[\[([^[\]\r\n|]{1,500})(?:\|([^[\]\r\n]{0,500}))?\]\](?![([])|!\[|\]\(|\{\/\*|\\[!-/:-@[-`{-~]|\b(?:https?|ftp):\/\/[^\s<>]{0,2000}|\bwww\.[^\s<>]{1,2000}|\$\$|\$(?=[^\s$])|\{\{[^\r\n{}]{0,1000}\}\}|\{%[^\r\n{}]{0,1000}?%\}|%%|~~+|\{(?:--|>>|~~|\+\+|==)/g, 'every alternative that can run far is bounded ({0,500}, {0,1000}, {0,2000}, {1,200}; a template tag also stops at a brace or a line break, a wikilink\'s target at a bracket, a pipe or a line break) or stops at the first character that is not a backtick, a tilde or a tag-name character (recheck\'s fuzz verdict; measured linear)'],
  [/^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^>\r\n]*>|\S+)(?:[ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/, 'anchored, on one line that holds "]:"; measured linear on its attack'],
  [/[\\/]+$/, 'runs on the document\'s own path (at most a few thousand characters on every OS)'],
];
const reviewed = new Map(reviewedList.map(([re, why]) => [key(re), why]));

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string; summary: string; degree?: number };
  attack?: Attack;
  checker?: string;
  error?: unknown;
}

/** A polynomial verdict of recheck's fuzz checker: a lead (its attack is measured below), not a proof. */
const isFuzzPolynomial = (v: Verdict) => v.status === 'vulnerable' && v.checker === 'fuzz' && v.complexity?.type !== 'exponential';

const recheckVersion = (() => {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();
const cacheFile = join(root, 'test', 'fuzz', 'redos-verdicts.json');

function loadCache(): Record<string, Verdict> {
  if (process.env.POLICY_LENS_REDOS_FRESH) return {};
  try {
    const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string; results: Record<string, Verdict> };
    return c.version === recheckVersion ? c.results : {};
  } catch {
    return {};
  }
}

/** recheck ignores g and y (they change where a search starts, not how it backtracks). */
const checkFlags = (flags: string) => flags.replace(/[gyd]/g, '');

/** What the tests below read of a verdict; an attack's whole string only when it has no pumps. */
function slimmed(v: Verdict): Verdict {
  const attack = v.attack && (v.attack.pumps?.length ? { pumps: v.attack.pumps, ...(v.attack.suffix ? { suffix: v.attack.suffix } : {}) } : { string: v.attack.string });
  return { status: v.status, ...(v.complexity ? { complexity: v.complexity } : {}), ...(attack ? { attack } : {}), ...(v.checker ? { checker: v.checker } : {}), ...(v.error ? { error: v.error } : {}) };
}

/** This run's verdicts, one per line and sorted, so that a changed pattern is a small diff. */
function saveCache(cache: Record<string, Verdict>, used: ReadonlySet<string>): void {
  const keys = [...used].filter((k) => cache[k]).sort();
  const lines = keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(slimmed(cache[k]))}`);
  const text = `{\n "version": ${JSON.stringify(recheckVersion)},\n "results": {\n${lines.join(',\n')}\n }\n}\n`;
  let before = '';
  try {
    before = readFileSync(cacheFile, 'utf8');
  } catch {
    // no file yet
  }
  if (text !== before) writeFileSync(cacheFile, text);
}

async function verdicts(regexes: readonly FoundRegex[]): Promise<Map<FoundRegex, Verdict>> {
  const cache = loadCache();
  const out = new Map<FoundRegex, Verdict>();
  const used = new Set(regexes.map((r) => `${checkFlags(r.flags)} ${r.source}`));
  const todo = regexes.filter((r) => {
    const hit = cache[`${checkFlags(r.flags)} ${r.source}`];
    if (hit) out.set(r, hit);
    return !hit;
  });
  // recheck's native agent answers several requests at once; keep a few in flight.
  let next = 0;
  const workers = Array.from({ length: 3 }, async () => {
    while (next < todo.length) {
      const r = todo[next++];
      let v = (await check(r.source, checkFlags(r.flags), { timeout: 20000 })) as unknown as Verdict;
      if (v.status === 'unknown') v = (await check(r.source, checkFlags(r.flags), { timeout: 60000, checker: 'automaton' })) as unknown as Verdict;
      else if (isFuzzPolynomial(v) && !reviewed.has(key(r)) && !knownPattern(r.source, r.flags)) {
        // The fuzz checker's polynomial verdicts depend on what it manages to try within its
        // time limits: one CI run flagged a date pattern that the automaton proves linear.
        // The automaton checker proves or refutes, when the pattern is within its reach.
        const proof = (await check(r.source, checkFlags(r.flags), { timeout: 30000, checker: 'automaton' })) as unknown as Verdict;
        if (proof.status !== 'unknown') v = proof;
      }
      const slim = slimmed(v);
      out.set(r, slim);
      if (v.status !== 'unknown') cache[`${checkFlags(r.flags)} ${r.source}`] = slim;
    }
  });
  await Promise.all(workers);
  // CI checks the clone as committed and writes nothing into it.
  if (!process.env.CI) saveCache(cache, used);
  return out;
}

describe('ReDoS: regular expressions of src/', function () {
  this.timeout(15 * 60 * 1000);
  const inventory = scanSources(root, ['src']);
  let constructed: FoundRegex[] = [];
  let all: FoundRegex[] = [];
  let results = new Map<FoundRegex, Verdict>();
  const harness = new Harness();

  before(async () => {
    constructed = constructedRegexes(root, 'test/fuzz/regexEntry.ts', join(root, 'out', 'test', 'fuzz', 'regexEntry.cjs'), (m) => {
      const core = m as {
        createAnalyzer: (init: unknown) => { analyze: (t: string) => unknown; factIndex: unknown };
        bundledFactBase: () => unknown;
        hoverAt: (a: unknown, i: unknown, p: { line: number; character: number }) => unknown;
        generateDraft: (size: number, seed?: number) => string;
      };
      // Exercise the analysis so patterns built at run time (fact base cues) are recorded.
      const analyzer = core.createAnalyzer({ factBase: core.bundledFactBase(), settings: {} });
      const text = core.generateDraft(30000, 7);
      const analysis = analyzer.analyze(text);
      for (let line = 0; line < 200; line += 3) core.hoverAt(analysis, analyzer.factIndex, { line, character: 5 });
      // A short name a bracket defines (see definedNames.ts): the generated draft defines none.
      analyzer.analyze('Defendant U.S. Department of Defense (the "Department" or "the Government") filed. The Department replied.');
    });
    const seen = new Set(inventory.literals.map(key));
    all = [...inventory.literals, ...constructed.filter((r) => !seen.has(key(r)))];
    results = await verdicts(all);
  });
  after(() => harness.close());

  it('finds every regular expression: the literals, and what each RegExp call site builds', () => {
    assert.ok(inventory.files > 50, `only ${inventory.files} source files`);
    assert.ok(inventory.literals.length > 150, `only ${inventory.literals.length} regular expression literals found`);
    const recorded = new Set(constructed.flatMap((r) => r.where));
    const missed = inventory.constructorSites.filter((site) => !recorded.has(site) && !site.startsWith('src/vscode/'));
    assert.deepEqual(missed, [], 'RegExp call sites never exercised by the recorder (extend regexEntry.ts or the exercise in this test)');
  });

  it('has no pattern recheck finds exponential, and no unreviewed polynomial one (fuzz-checker leads are measured below)', () => {
    const problems: string[] = [];
    const pending: string[] = [];
    const leads: string[] = [];
    for (const r of all) {
      const v = results.get(r)!;
      const pattern = key(r);
      const where = r.where.join(', ');
      if (v.status === 'vulnerable') {
        const attack = v.attack ? attackOf(v.attack, 40) : '';
        const bug = knownPattern(r.source, r.flags);
        if (bug && v.complexity?.type !== 'exponential') pending.push(`${pattern} (${bug})`);
        else if (v.complexity?.type === 'exponential') problems.push(`EXPONENTIAL ${pattern} at ${where}; attack ${JSON.stringify(attack)}`);
        else if (reviewed.has(pattern)) continue;
        else if (isFuzzPolynomial(v)) leads.push(`${pattern} at ${where}; attack ${JSON.stringify(attack)}`);
        else problems.push(`${v.complexity?.summary ?? 'polynomial'} ${pattern} at ${where}; attack ${JSON.stringify(attack)}`);
      } else if (v.status === 'unknown' && !reviewed.has(pattern) && !knownPattern(r.source, r.flags)) {
        problems.push(`UNKNOWN (${JSON.stringify(v.error)}) ${pattern} at ${where}`);
      }
    }
    if (pending.length) console.log(`      known, fix pending (test/fuzz/knownBugs.ts):\n${pending.map((p) => `        ${p}`).join('\n')}`);
    if (leads.length) console.log(`      flagged by the fuzz checker only (the automaton could not decide; the attack test below measures them):\n${leads.map((p) => `        ${p}`).join('\n')}`);
    assert.ok(!problems.length, `${problems.length} regular expression(s) with catastrophic backtracking:\n${problems.join('\n')}`);
  });

  it('lists no reviewed pattern that is gone from the sources (keep the list honest)', () => {
    const present = new Set(all.map(key));
    assert.deepEqual([...reviewed.keys()].filter((k) => !present.has(k)), []);
  });

  it('analyses the attack strings of every flagged pattern, in the places a draft can hold them, in linear time', async () => {
    const flagged = all.filter((r) => results.get(r)!.attack);
    const places = contexts.filter((c) => ['document', 'paragraph', 'quotation', 'references item', 'footnote definition', 'html comment', 'bibliography file'].includes(c.name));
    const slow: string[] = [];
    const pending: string[] = [];
    for (const r of flagged) {
      const attack = results.get(r)!.attack!;
      for (const place of places) {
        const name = `recheck attack of ${key(r)} (${r.where[0]}) in a ${place.name}`;
        try {
          const g = await growthOf(harness, name, (n) => place.wrap(attackOf(attack, n)), 8000, { ratio: 400, floorMs: 20000, minMs: 100, maxGrowth: 8 });
          if (g.superlinear) {
            const line = `${name}: ${g.description}`;
            (knownSlow(r.source, place.name) ? pending : slow).push(line);
          }
        } catch (e) {
          slow.push((e as Error).message.split('\n')[0]);
        }
      }
    }
    if (pending.length) console.log(`      known, fix pending (test/fuzz/knownBugs.ts):\n${pending.map((p) => `        ${p}`).join('\n')}`);
    assert.ok(!slow.length, `analysis time grows faster than the text:\n${slow.join('\n')}`);
  });
});
