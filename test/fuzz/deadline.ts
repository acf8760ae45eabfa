/**
 * Run the analysis in a worker thread with a deadline, next to markdown-it parsing the same
 * text in the same worker: a hang becomes a test failure (the worker is terminated), and
 * time bounds are ratios to markdown-it measured in the same run, not absolute timings.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Recipe } from './recipes';

export interface Outcome {
  readonly name: string;
  readonly length: number;
  /** markdown-it's parse of the same text (full, inline included). */
  readonly baselineMs: number;
  readonly ms: number;
  /** CPU time of the analysis: what growth and comparisons use, as busy neighbours leave it be. */
  readonly cpuMs: number;
  readonly summary: Record<string, number>;
}

export interface Limits {
  /** The analysis may take this many times markdown-it's time… */
  readonly ratio: number;
  /** …or this many milliseconds, whichever is larger (small texts time noise, not work). */
  readonly floorMs: number;
  /** Check the invariants of the result in the worker (default true). */
  readonly check?: boolean;
  /**
   * Analyse as the extension does, with a document cache: the analysis that fills it, then
   * one after an edit in the middle (the time is the two together).
   */
  readonly cached?: boolean;
}

/** The repository root, from the bundled test file (out/test/unit/*.js) or the sources. */
function repoRoot(): string {
  const here = __dirname;
  const i = here.lastIndexOf(`${join('out', 'test')}`);
  return i >= 0 ? here.slice(0, i) : join(here, '..', '..');
}

let built: string | undefined;
function workerFile(): string {
  if (built) return built;
  const root = repoRoot();
  const outfile = join(root, 'out', 'test', 'fuzz', 'analyzeWorker.cjs');
  buildSync({ entryPoints: [join(root, 'test', 'fuzz', 'analyzeWorker.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', packages: 'external', logLevel: 'warning' });
  built = outfile;
  return outfile;
}

export class Harness {
  private worker: Worker | undefined;
  private nextId = 0;

  private ensure(): Worker {
    if (!this.worker) {
      this.worker = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: 4096 } });
      this.worker.unref();
    }
    return this.worker;
  }

  /** Analyse `input`; rejects when the analysis throws, breaks an invariant, or misses its deadline. */
  run(input: { name: string; text: string; bibliography?: string } | Recipe, limits: Limits): Promise<Outcome> {
    const worker = this.ensure();
    const id = this.nextId++;
    const name = input.name;
    return new Promise<Outcome>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let baselineMs = 0;
      let length = 0;
      const stop = (err: Error) => {
        cleanup();
        // A worker stuck in a regular expression cannot be interrupted: replace it.
        void worker.terminate();
        this.worker = undefined;
        reject(err);
      };
      const arm = (ms: number, what: string) => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => stop(new Error(`${name}: ${what} did not finish within ${Math.round(ms)} ms (markdown-it: ${baselineMs.toFixed(1)} ms, ${length} chars)`)), ms);
      };
      const onMessage = (m: { id: number; phase: string; ms?: number; cpuMs?: number; length?: number; baselineMs?: number; summary?: Record<string, number>; error?: string }) => {
        if (m.id !== id) return;
        if (m.phase === 'baseline') {
          baselineMs = m.ms!;
          length = m.length!;
          arm(Math.max(limits.floorMs, limits.ratio * baselineMs), 'the analysis');
        } else if (m.phase === 'done') {
          cleanup();
          resolve({ name, length, baselineMs: m.baselineMs!, ms: m.ms!, cpuMs: m.cpuMs!, summary: m.summary! });
        } else {
          cleanup();
          reject(new Error(`${name}: ${m.error}`));
        }
      };
      const onError = (e: Error) => stop(new Error(`${name}: worker failed: ${e.message}`));
      const cleanup = () => {
        if (timer) clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.unref();
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.ref();
      // markdown-it itself gets a generous, fixed allowance.
      arm(120000, 'markdown-it');
      const check = limits.check ?? true;
      const cached = limits.cached ?? false;
      worker.postMessage('parts' in input ? { id, make: input, check, cached } : { id, text: input.text, check, cached, ...(input.bibliography !== undefined ? { bibliography: input.bibliography } : {}) });
    });
  }

  async close(): Promise<void> {
    if (this.worker) await this.worker.terminate();
    this.worker = undefined;
  }
}

export interface Growth {
  readonly small: Outcome;
  readonly large: Outcome;
  /** large.cpuMs / small.cpuMs (best of the measured runs). */
  readonly growth: number;
  /** Whether the larger run took long enough to time (`minMs` of CPU) and grew by `maxGrowth` or more. */
  readonly superlinear: boolean;
  /** "12 ms (wall 15) at 8000 chars, 45 ms (wall 52) at 32000 (×3.8 for ×4 the text; markdown-it ×4.1)": CPU time, wall time beside it. */
  readonly description: string;
}

/**
 * How the analysis time grows from `make(n)` to `make(4n)`: about 4 when linear, 16 when
 * quadratic. Measured in CPU time, which a busy neighbour on the machine does not inflate as
 * it does wall time; a suspicious first measurement is still repeated (best of three for both
 * sizes: noise only ever adds time) before it counts.
 */
export async function growthOf(harness: Harness, name: string, make: (n: number) => { text: string; bibliography?: string }, n: number, limits: Limits & { minMs: number; maxGrowth: number }): Promise<Growth> {
  const measure = async (size: number) => harness.run({ name: `${name} (${size})`, ...make(size) }, limits);
  let small = await measure(n);
  let large = await measure(4 * n);
  const g = (s: Outcome, l: Outcome) => l.cpuMs / Math.max(s.cpuMs, 0.5);
  // When markdown-it's parse of the same texts slowed down as much (it took 20 ms or more on the
  // large one, so its times are measurable), the machine did: a garbage collection or another
  // process in the large run. A quadratic stage grows ×16 for ×4, still twice markdown-it's ×8.
  const baselineGrowth = (s: Outcome, l: Outcome) => (l.baselineMs >= 20 ? l.baselineMs / Math.max(s.baselineMs, 0.05) : 0);
  const suspicious = () => large.cpuMs >= limits.minMs && g(small, large) >= limits.maxGrowth && g(small, large) >= 2 * baselineGrowth(small, large);
  for (let retry = 0; retry < 2 && suspicious(); retry++) {
    const s2 = await measure(n);
    const l2 = await measure(4 * n);
    if (l2.cpuMs < large.cpuMs) large = l2;
    if (s2.cpuMs < small.cpuMs) small = s2;
  }
  const growth = g(small, large);
  const at = (o: Outcome) => `${o.cpuMs.toFixed(0)} ms (wall ${o.ms.toFixed(0)})`;
  return {
    small,
    large,
    growth,
    superlinear: suspicious(),
    description: `${at(small)} at ${small.length} chars, ${at(large)} at ${large.length} (×${growth.toFixed(1)} for ×4 the text; markdown-it ×${(large.baselineMs / Math.max(small.baselineMs, 0.05)).toFixed(1)})`,
  };
}
