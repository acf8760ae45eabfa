/**
 * Every regular expression of the sources: the literals (found by the TypeScript parser,
 * which tells `/…/` from division), the `new RegExp(…)` / `RegExp(…)` call sites, and the
 * patterns those calls really build (recorded while the core loads and analyses a sample,
 * through a RegExp stand-in, so template-built patterns are checked as compiled).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';
import { buildSync } from 'esbuild';

export interface FoundRegex {
  readonly source: string;
  readonly flags: string;
  /** file:line of each place it is written or built. */
  readonly where: string[];
  readonly kind: 'literal' | 'constructed';
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const posix = (p: string) => p.split(sep).join('/');

export interface Inventory {
  readonly literals: FoundRegex[];
  /** `new RegExp(…)` and `RegExp(…)` call sites, file:line. */
  readonly constructorSites: string[];
  readonly files: number;
}

export function scanSources(root: string, dirs: readonly string[] = ['src']): Inventory {
  const byKey = new Map<string, FoundRegex>();
  const constructorSites: string[] = [];
  let files = 0;
  for (const dir of dirs) {
    for (const file of walk(join(root, dir))) {
      files++;
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const at = (node: ts.Node) => `${posix(relative(root, file))}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(sf);
          const slash = text.lastIndexOf('/');
          const source = text.slice(1, slash);
          const flags = text.slice(slash + 1);
          const key = `${flags}/${source}`;
          const found = byKey.get(key);
          if (found) found.where.push(at(node));
          else byKey.set(key, { source, flags, where: [at(node)], kind: 'literal' });
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
          constructorSites.push(at(node));
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return { literals: [...byKey.values()], constructorSites, files };
}

/**
 * The patterns `new RegExp` builds in `entry`'s modules: the entry is bundled (inline source
 * map), loaded with a recording RegExp, and `exercise` is called with its exports so that
 * patterns built at run time (from the fact base) are recorded too. Only constructions whose
 * caller is under `srcDir` count; the bundled libraries' own are ignored.
 */
export function constructedRegexes(root: string, entry: string, outfile: string, exercise: (exports: Record<string, unknown>) => void, srcDir = 'src'): FoundRegex[] {
  buildSync({ entryPoints: [join(root, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', sourcemap: 'inline', logLevel: 'warning' });
  const srcRoot = posix(join(root, srcDir)) + '/';
  const byKey = new Map<string, FoundRegex>();
  const Original = RegExp;
  const record = (args: unknown[]) => {
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    const frame = frames.map((f) => /\(?((?:[A-Za-z]:)?[^():]+):(\d+):\d+\)?$/.exec(f.trim())).find((m) => m && posix(m[1]).startsWith(srcRoot));
    if (!frame) return;
    const pattern = args[0];
    const source = pattern instanceof Original ? pattern.source : String(pattern ?? '(?:)');
    const flags = args[1] !== undefined ? String(args[1]) : pattern instanceof Original ? pattern.flags : '';
    const where = `${posix(relative(root, frame[1]))}:${frame[2]}`;
    const key = `${flags}/${source}`;
    const found = byKey.get(key);
    if (!found) byKey.set(key, { source, flags, where: [where], kind: 'constructed' });
    else if (!found.where.includes(where)) found.where.push(where);
  };
  const Recording: RegExpConstructor = new Proxy(Original, {
    construct(target, args, newTarget): object {
      record(args);
      return Reflect.construct(target, args, newTarget === Recording ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  const hadSourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(true);
  (globalThis as { RegExp: RegExpConstructor }).RegExp = Recording;
  try {
    // A fresh load every time, so module-level patterns are built under the recorder.
    const resolved = require.resolve(outfile);
    delete require.cache[resolved];
    exercise(require(resolved) as Record<string, unknown>);
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = Original;
    process.setSourceMapsEnabled(hadSourceMaps);
  }
  return [...byKey.values()];
}

export interface Attack {
  readonly pumps?: readonly { readonly prefix: string; readonly pump: string; readonly bias?: number }[];
  readonly suffix?: string;
  readonly string?: string;
}

/** recheck's attack string, with its pumps repeated so that it is about `length` long. */
export function attackOf(attack: Attack, length: number): string {
  if (!attack.pumps?.length) return attack.string ?? '';
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length, 0) + (attack.suffix?.length ?? 0);
  const per = attack.pumps.reduce((n, p) => n + Math.max(1, p.pump.length), 0);
  const times = Math.max(1, Math.floor((length - fixed) / per));
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + (attack.suffix ?? '');
}
