#!/usr/bin/env node
// Policy Lens benchmark: throughput of the full analysis on generated drafts, next to
// markdown-it's bare parse and markdownlint's lint of the same text, measured in the same
// run and interleaved (the machine may be noisy: compare the ratios, not the timings).
//
// Usage: node scripts/bench/run.mjs [--json] [--json-out=FILE] [--sizes=10k,100k,1m,5m]
//                                   [--runs=N] [--quick] [--seed=N]
//   --json        print only the JSON result on stdout (for CI)
//   --json-out    also write the JSON result to FILE (the table is still printed)
//   --runs        measured runs per size (default: more for small drafts, fewer for big ones)
//   --quick       fewer runs and hovers (a smoke test)
//   --markdownlint-max=SIZE  largest draft markdownlint is timed on (default 1m: it is
//                 superlinear and takes minutes on 5 MB; "all" for every size)
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import MarkdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

// ---- options ---------------------------------------------------------------------------
const argv = process.argv.slice(2);
const opt = (name) => {
  const a = argv.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  if (!a) return undefined;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : true;
};
const jsonOnly = opt('json') === true;
const jsonOut = typeof opt('json-out') === 'string' ? opt('json-out') : undefined;
const quick = opt('quick') === true;
const seed = Number(opt('seed') ?? 20260407);
const parseSize = (s) => {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb)?$/i.exec(s.trim());
  if (!m) throw new Error(`bad size ${s}`);
  const unit = (m[2] ?? '').toLowerCase();
  return Math.round(Number(m[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1));
};
const sizes = (typeof opt('sizes') === 'string' ? opt('sizes') : '10k,100k,1m,5m').split(',').map(parseSize);
const runsOverride = opt('runs') !== undefined ? Number(opt('runs')) : undefined;
const mdlintArg = opt('markdownlint-max');
const markdownlintMax = mdlintArg === 'all' ? Infinity : parseSize(typeof mdlintArg === 'string' ? mdlintArg : '1m');
const log = jsonOnly ? () => {} : (...a) => console.log(...a);

// ---- build the core bundle ---------------------------------------------------------------
const outfile = join(root, 'out', 'bench', 'core.cjs');
mkdirSync(dirname(outfile), { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'scripts', 'bench', 'entry.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  minify: false, // keep names readable in profiles
  sourcemap: true,
  logLevel: 'warning',
});
const core = require(outfile);

// ---- helpers -------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const time = (fn) => {
  const t0 = performance.now();
  const r = fn();
  return [performance.now() - t0, r];
};
const fmt = (n, d = 1) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(d) : '—');
const label = (bytes) => (bytes >= 1024 * 1024 ? `${fmt(bytes / 1024 / 1024, bytes % (1024 * 1024) ? 1 : 0)} MB` : `${Math.round(bytes / 1024)} KB`);

function plan(size) {
  if (runsOverride) return { warm: Math.max(1, Math.ceil(runsOverride / 3)), runs: runsOverride };
  if (quick) return { warm: 1, runs: 3 };
  if (size <= 20 * 1024) return { warm: 20, runs: 41 };
  if (size <= 200 * 1024) return { warm: 5, runs: 15 };
  if (size <= 2 * 1024 * 1024) return { warm: 2, runs: 7 };
  return { warm: 1, runs: 3 };
}

// ---- machine ----------------------------------------------------------------------------------
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model?.trim() ?? 'unknown',
  cores: cpus.length,
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
  totalMemGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
};
log(`Policy Lens bench — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}, load ${machine.loadavg.join(' ')}`);

// ---- analyzer creation (what activation would pay once) ------------------------------------
const [createMs, analyzer] = time(() => core.createAnalyzer({ factBase: core.bundledFactBase(), settings: {} }));
const draftOptions = core.draftOptions();
const mdit = new MarkdownIt();

// ---- throughput -------------------------------------------------------------------------------
const contenders = {
  ours: (text) => analyzer.analyze(text),
  markdownIt: (text) => mdit.parse(text, {}),
  markdownlint: (text) => markdownlint({ strings: { doc: text } }),
};
const allNames = Object.keys(contenders);
const results = [];
const drafts = new Map();
for (const size of sizes) {
  const text = core.generateDraft(size, seed, draftOptions);
  drafts.set(size, text);
  const bytes = Buffer.byteLength(text, 'utf8');
  const { warm, runs } = plan(size);
  const names = allNames.filter((n) => n !== 'markdownlint' || size <= markdownlintMax);
  const times = Object.fromEntries(allNames.map((n) => [n, []]));
  let analysis;
  for (let i = 0; i < warm; i++) for (const n of names) contenders[n](text);
  for (let r = 0; r < runs; r++) {
    // Interleave, rotating who goes first so drift on a noisy machine hits all alike.
    for (let k = 0; k < names.length; k++) {
      const n = names[(r + k) % names.length];
      const [ms, out] = time(() => contenders[n](text));
      times[n].push(ms);
      if (n === 'ours') analysis = out;
    }
  }
  const med = Object.fromEntries(allNames.map((n) => [n, times[n].length ? median(times[n]) : null]));
  const mbps = Object.fromEntries(allNames.map((n) => [n, med[n] === null ? null : bytes / 1024 / 1024 / (med[n] / 1000)]));
  const row = {
    size,
    label: label(size),
    bytes,
    chars: text.length,
    lines: text.split('\n').length,
    runs,
    warmups: warm,
    medianMs: med,
    minMs: Object.fromEntries(allNames.map((n) => [n, times[n].length ? Math.min(...times[n]) : null])),
    mbPerSec: mbps,
    ratio: { oursOverMarkdownIt: med.ours / med.markdownIt, oursOverMarkdownlint: med.markdownlint === null ? null : med.ours / med.markdownlint },
    found: {
      entities: analysis.entities.length,
      citations: analysis.citations.length,
      references: analysis.references.length,
      quotes: analysis.quotes.length,
      claims: analysis.claims.length,
      sentences: analysis.sentences.length,
      findings: analysis.findings.length,
    },
  };
  results.push(row);
  log(`  ${row.label}: ours ${fmt(med.ours)} ms, markdown-it ${fmt(med.markdownIt)} ms, markdownlint ${med.markdownlint === null ? 'not run' : `${fmt(med.markdownlint)} ms`} (${runs} runs)`);
}

// ---- re-analysis after an edit (the extension's path: one cache per open document) ------------
// One paragraph is typed into the middle of the draft, a different one each run (the previous
// one replaced, as when typing); the cached analysis of the edited text is timed next to
// markdown-it's parse of the same text, alternating which goes first.
const edits = [];
for (const size of sizes) {
  const text = drafts.get(size);
  const cache = core.createAnalysisCache();
  analyzer.analyze(text, { cache });
  const { warm, runs } = plan(size);
  const mid = text.indexOf('\n\n', Math.floor(text.length / 2)) + 2;
  const t = { ours: [], markdownIt: [], fresh: [] };
  const rescanned = [];
  const judged = [];
  let same = true;
  for (let r = 0; r < warm + runs; r++) {
    const doc = `${text.slice(0, mid)}Edit ${r}: the coalition reported ${r + 3} new findings, "a figure nobody has sourced yet".\n\n${text.slice(mid)}`;
    const order = r % 2 ? ['markdownIt', 'ours'] : ['ours', 'markdownIt'];
    let incremental;
    for (const n of order) {
      const [ms, out] = time(() => (n === 'ours' ? analyzer.analyze(doc, { cache }) : mdit.parse(doc, {})));
      if (n === 'ours') incremental = out;
      if (r >= warm) t[n].push(ms);
    }
    if (r >= warm) rescanned.push(cache.stats.scanned);
    if (r >= warm) judged.push(cache.stats.judged);
    // Once per size, the cached result is compared with a fresh analysis of the same text.
    if (r === warm) same = JSON.stringify(incremental) === JSON.stringify(analyzer.analyze(doc));
  }
  const med = { ours: median(t.ours), markdownIt: median(t.markdownIt) };
  edits.push({ size, label: label(size), runs, medianMs: med, ratio: { oursOverMarkdownIt: med.ours / med.markdownIt }, fullMs: results.find((r) => r.size === size).medianMs.ours, blocksRescanned: median(rescanned), claimsJudged: median(judged), sameAsFresh: same });
  log(`  ${label(size)} after an edit: ours ${fmt(med.ours)} ms (${median(rescanned)} blocks rescanned, ${median(judged)} claims judged afresh), markdown-it ${fmt(med.markdownIt)} ms`);
}

// ---- hover ------------------------------------------------------------------------------------------
let hover;
{
  const size = sizes.includes(100 * 1024) ? 100 * 1024 : sizes[Math.min(1, sizes.length - 1)];
  const text = drafts.get(size) ?? core.generateDraft(size, seed, draftOptions);
  const analysis = analyzer.analyze(text);
  const index = new core.LineIndex(text);
  const rnd = (() => {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  })();
  const count = quick ? 2000 : 20000;
  const positions = Array.from({ length: count }, () => index.position(Math.floor(rnd() * text.length)));
  // The first hover on an analysis builds its lookup index.
  const [firstMs] = time(() => core.hoverAt(analysis, analyzer.factIndex, positions[0]));
  for (let i = 0; i < 2000; i++) core.hoverAt(analysis, analyzer.factIndex, positions[i % count]);
  const us = [];
  let hits = 0;
  for (const p of positions) {
    const t0 = performance.now();
    const h = core.hoverAt(analysis, analyzer.factIndex, p);
    us.push((performance.now() - t0) * 1000);
    if (h) hits++;
  }
  hover = { draft: label(size), positions: count, hitRate: hits / count, firstMs, medianUs: median(us), p95Us: quantile(us, 0.95), p99Us: quantile(us, 0.99) };
}

// ---- growth -----------------------------------------------------------------------------------------
const byLabel = (s) => results.find((r) => r.size === s);
const r1 = byLabel(1024 * 1024);
const r5 = byLabel(5 * 1024 * 1024);
const growth = r1 && r5
  ? {
      from: r1.label,
      to: r5.label,
      perMbOurs: (r5.medianMs.ours / (r5.bytes / 2 ** 20)) / (r1.medianMs.ours / (r1.bytes / 2 ** 20)),
      perMbMarkdownIt: (r5.medianMs.markdownIt / (r5.bytes / 2 ** 20)) / (r1.medianMs.markdownIt / (r1.bytes / 2 ** 20)),
    }
  : undefined;

const target = { mbPerSecAt1MB: 25, met: r1 ? r1.mbPerSec.ours >= 25 : undefined };
const e100 = edits.find((e) => e.size === 100 * 1024);
target.editMsAt100KB = 50;
target.editMet = e100 ? e100.medianMs.ours <= 50 : undefined;
const report = { version: 1, date: new Date().toISOString(), seed, machine, markdownlintMaxBytes: markdownlintMax === Infinity ? null : markdownlintMax, createAnalyzerMs: createMs, results, edits, hover, growth, target };

// ---- print ------------------------------------------------------------------------------------------
if (jsonOnly) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
else {
  const head = ['draft', 'ours ms', 'ours MB/s', 'best MB/s', 'md-it ms', 'md-it MB/s', 'mdlint ms', 'mdlint MB/s', 'ours÷md-it', 'ours÷mdlint', 'runs'];
  const rows = results.map((r) => [
    r.label,
    fmt(r.medianMs.ours, 2),
    fmt(r.mbPerSec.ours),
    fmt(r.bytes / 1024 / 1024 / (r.minMs.ours / 1000)),
    fmt(r.medianMs.markdownIt, 2),
    fmt(r.mbPerSec.markdownIt),
    fmt(r.medianMs.markdownlint, 2),
    fmt(r.mbPerSec.markdownlint),
    `${fmt(r.ratio.oursOverMarkdownIt, 2)}×`,
    r.ratio.oursOverMarkdownlint === null ? '—' : `${fmt(r.ratio.oursOverMarkdownlint, 2)}×`,
    String(r.runs),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  console.log('');
  console.log(line(head));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log('ms and MB/s: median of the measured runs, after warm-up (best MB/s: the fastest run, the least disturbed');
  console.log('on a busy machine); markdown-it = new MarkdownIt().parse (block + inline);');
  console.log(`markdownlint = lint({ strings }) with its default rules, on drafts up to ${markdownlintMax === Infinity ? 'any size' : label(markdownlintMax)} (—: not run; --markdownlint-max=all).`);
  console.log('Ratios > 1 mean ours is slower.');
  for (const r of results) {
    const f = r.found;
    console.log(`  ${r.label.padEnd(7)} found: ${f.entities} entities, ${f.citations} citations, ${f.quotes} quotes, ${f.claims} claims, ${f.findings} findings (${r.lines} lines)`);
  }
  console.log('');
  console.log('Re-analysis after typing a paragraph into the middle of the draft, with the document cache (as in the extension):');
  console.log('');
  const eHead = ['draft', 'ours ms', 'md-it ms', 'ours÷md-it', 'full analysis ms', 'speed-up', 'blocks rescanned', 'claims judged', 'same as fresh'];
  const eRows = edits.map((e) => [e.label, fmt(e.medianMs.ours, 2), fmt(e.medianMs.markdownIt, 2), `${fmt(e.ratio.oursOverMarkdownIt, 2)}×`, fmt(e.fullMs, 2), `${fmt(e.fullMs / e.medianMs.ours, 1)}×`, String(e.blocksRescanned), String(e.claimsJudged), e.sameAsFresh ? 'yes' : 'NO']);
  const eWidths = eHead.map((h, i) => Math.max(h.length, ...eRows.map((r) => r[i].length)));
  const eLine = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(eWidths[i]) : c.padStart(eWidths[i]))).join(' | ') + ' |';
  console.log(eLine(eHead));
  console.log('|' + eWidths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const r of eRows) console.log(eLine(r));
  console.log('');
  console.log(`createAnalyzer with the bundled fact base (first call, includes validation): ${fmt(createMs, 1)} ms`);
  console.log(`hover on the ${hover.draft} draft: median ${fmt(hover.medianUs, 2)} µs, p95 ${fmt(hover.p95Us, 2)} µs, p99 ${fmt(hover.p99Us, 2)} µs over ${hover.positions} random positions (${fmt(hover.hitRate * 100, 0)}% hit something); first hover (builds the lookup) ${fmt(hover.firstMs, 2)} ms`);
  if (growth) console.log(`growth ${growth.from} → ${growth.to}: time per MB ×${fmt(growth.perMbOurs, 2)} for ours (1.00 = linear), ×${fmt(growth.perMbMarkdownIt, 2)} for markdown-it`);
  if (r1) console.log(`target ≥ ${target.mbPerSecAt1MB} MB/s on 1 MB: ${fmt(r1.mbPerSec.ours)} MB/s — ${target.met ? 'met' : 'not met'}`);
  if (e100) console.log(`target ≤ ${target.editMsAt100KB} ms to re-analyse 100 KB after an edit: ${fmt(e100.medianMs.ours, 1)} ms — ${target.editMet ? 'met' : 'not met'}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n');
process.exit(0);
