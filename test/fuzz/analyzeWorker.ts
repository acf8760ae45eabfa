/**
 * Worker thread that analyses hostile texts, so the test thread can stop it at a deadline
 * instead of hanging. Built on demand by `deadline.ts` (esbuild) into out/test/fuzz/.
 *
 * Protocol: the parent posts { id, text } (or { id, make } with a recipe the worker expands,
 * to avoid copying huge strings), optionally with `bibliography`, the text of refs.bib; the worker answers { id, phase: 'baseline', ms } after
 * markdown-it has parsed the text, then { id, phase: 'done', ms, summary } or
 * { id, phase: 'error', error } after the analysis.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { checkAnalysis } from './invariants';
import { expand, type Recipe } from './recipes';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });
const md = new MarkdownIt();

parentPort!.on('message', (msg: { id: number; text?: string; make?: Recipe; check?: boolean; bibliography?: string }) => {
  const { id } = msg;
  try {
    const text = msg.text ?? expand(msg.make!);
    let t0 = performance.now();
    md.parse(text, {});
    const baseline = performance.now() - t0;
    parentPort!.postMessage({ id, phase: 'baseline', ms: baseline, length: text.length + (msg.bibliography?.length ?? 0) });
    t0 = performance.now();
    const a = analyzer.analyze(text, msg.bibliography !== undefined ? { bibliographies: [{ file: 'refs.bib', content: msg.bibliography }] } : {});
    const ms = performance.now() - t0;
    if (msg.check !== false) checkAnalysis(text, a);
    parentPort!.postMessage({
      id,
      phase: 'done',
      ms,
      baselineMs: baseline,
      summary: { entities: a.entities.length, citations: a.citations.length, quotes: a.quotes.length, claims: a.claims.length, sentences: a.sentences.length, findings: a.findings.length },
    });
  } catch (e) {
    parentPort!.postMessage({ id, phase: 'error', error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) });
  }
});
