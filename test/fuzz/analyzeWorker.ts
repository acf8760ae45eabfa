/**
 * Worker thread that analyses hostile texts, so the test thread can stop it at a deadline
 * instead of hanging. Built on demand by `deadline.ts` (esbuild) into out/test/fuzz/.
 *
 * Protocol: the parent posts { id, text } (or { id, make } with a recipe the worker expands,
 * to avoid copying huge strings), optionally with `bibliography`, the text of refs.bib, and
 * `cached` (analyse with a document cache, then again after an edit in the middle); the
 * worker answers { id, phase: 'baseline', ms } after markdown-it has parsed the text, then
 * { id, phase: 'done', ms, cpuMs, summary } or { id, phase: 'error', error } after the analysis.
 * `cpuMs` is the process's CPU time over the analysis (the test thread is idle meanwhile):
 * unlike `ms`, it leaves out the time other processes took the cores.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { createAnalysisCache, createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { checkAnalysis } from './invariants';
import { expand, type Recipe } from './recipes';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });
const md = new MarkdownIt();

/** A paragraph typed into the middle of `text` (at a line start), as the cached runs' edit. */
function editInMiddle(text: string): string {
  const at = text.indexOf('\n', text.length >> 1) + 1;
  return `${text.slice(0, at)}Anthropic said 45% in 2026.\n\n${text.slice(at)}`;
}

parentPort!.on('message', (msg: { id: number; text?: string; make?: Recipe; check?: boolean; cached?: boolean; bibliography?: string }) => {
  const { id } = msg;
  try {
    const text = msg.text ?? expand(msg.make!);
    let t0 = performance.now();
    md.parse(text, {});
    const baseline = performance.now() - t0;
    parentPort!.postMessage({ id, phase: 'baseline', ms: baseline, length: text.length + (msg.bibliography?.length ?? 0) });
    const bibliographies = msg.bibliography !== undefined ? [{ file: 'refs.bib', content: msg.bibliography }] : undefined;
    const cpu0 = process.cpuUsage();
    t0 = performance.now();
    let analysed = text;
    let a;
    if (msg.cached) {
      const cache = createAnalysisCache();
      analyzer.analyze(text, { bibliographies, cache });
      analysed = editInMiddle(text);
      a = analyzer.analyze(analysed, { bibliographies, cache });
    } else a = analyzer.analyze(text, { bibliographies });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (msg.check !== false) checkAnalysis(analysed, a);
    parentPort!.postMessage({
      id,
      phase: 'done',
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      baselineMs: baseline,
      summary: { entities: a.entities.length, citations: a.citations.length, quotes: a.quotes.length, claims: a.claims.length, sentences: a.sentences.length, findings: a.findings.length },
    });
  } catch (e) {
    parentPort!.postMessage({ id, phase: 'error', error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) });
  }
});
