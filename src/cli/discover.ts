import * as nodePath from 'node:path';
import { closure, compileGlob, compileSegment, expandBraces, isGlob, step, type CompiledGlob } from './glob';
import { describeFsError, displayPath, stdinArg, type CliFs } from './io';

/** Folders never entered while walking (unless named on the command line). */
export const skippedFolders: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'out']);

export function isMarkdownName(name: string): boolean {
  return /\.(?:md|markdown|mdx)$/i.test(name);
}

export interface InputProblem {
  /** The path as the user gave it, or relative to cwd for files found in folders. */
  readonly path: string;
  readonly reason: string;
}

export interface Discovery {
  /** Absolute paths, in command-line order, folders and globs sorted, without duplicates. */
  readonly files: readonly string[];
  readonly problems: readonly InputProblem[];
}

/**
 * Turn command-line paths into the files to check (`-`, standard input, stays `-`). Files named directly are checked
 * whatever their extension; folders (recursively) and globs yield `*.md`, `*.markdown`
 * and `*.mdx` files only.
 */
export function discoverFiles(args: readonly string[], cwd: string, fs: CliFs): Discovery {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  // The same file reached twice (named twice, or through a symbolic link) is checked once.
  const add = (file: string) => {
    let key = file;
    try {
      key = fs.realpath(file);
    } catch {
      // keep the path as given
    }
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  const walker = new Walker(fs, cwd, problems);

  for (const arg of args) {
    // `-` is standard input, kept as `-` in the list (read once however often it is named).
    if (arg === stdinArg) {
      if (!seen.has(stdinArg)) {
        seen.add(stdinArg);
        files.push(stdinArg);
      }
      continue;
    }
    const absolute = nodePath.resolve(cwd, arg);
    let stat: ReturnType<CliFs['stat']> | undefined;
    let error: unknown;
    try {
      stat = fs.stat(absolute);
    } catch (e) {
      error = e;
    }
    if (stat?.isFile() && /[\\/]$/.test(arg)) {
      problems.push({ path: arg, reason: 'not a directory' });
    } else if (stat?.isFile()) {
      add(absolute);
    } else if (stat?.isDirectory()) {
      const before = problems.length;
      const found = walker.folder(absolute);
      if (found.length === 0 && problems.length === before) problems.push({ path: arg, reason: 'no Markdown files in this folder' });
      found.forEach(add);
    } else if (stat) {
      problems.push({ path: arg, reason: 'not a file or folder' });
    } else if (isGlob(arg)) {
      const before = problems.length;
      const found = walker.glob(arg);
      if (found.length === 0 && problems.length === before) problems.push({ path: arg, reason: 'no Markdown files match this pattern' });
      found.forEach(add);
    } else {
      problems.push({ path: arg, reason: describeFsError(error) });
    }
  }
  return { files, problems };
}

class Walker {
  private readonly ignoreCase = process.platform === 'win32' || process.platform === 'darwin';

  constructor(
    private readonly fs: CliFs,
    private readonly cwd: string,
    private readonly problems: InputProblem[],
  ) {}

  /**
   * Every Markdown file under `dir`, sorted, skipping `skippedFolders` and hidden names
   * (`.venv`, `.tox`, `.draft.md`), as a glob's wildcards skip them.
   */
  folder(dir: string, visited: Set<string> = new Set()): string[] {
    const out: string[] = [];
    this.walk(dir, visited, (name, path, isDir) => {
      if (name[0] === '.') return false;
      if (isDir) return !skippedFolders.has(name);
      if (isMarkdownName(name)) out.push(path);
      return false;
    });
    return out;
  }

  glob(pattern: string): string[] {
    const out: string[] = [];
    const normalized = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
    for (const alternative of expandBraces(normalized)) {
      const { base, rest } = this.splitBase(alternative);
      if (rest === '') {
        // Nothing left to match after expansion ("{a,b}.md" → "a.md"): a plain path.
        this.collectPlain(base, out);
        continue;
      }
      const glob = compileGlob(rest, this.ignoreCase);
      // A pattern whose fixed part names no folder matches nothing; that is not an error of its own.
      if (!this.isDirectory(base)) continue;
      this.globWalk(base, glob, closure(glob, [0]), new Set(), out);
    }
    return out;
  }

  /** Leading segments without wildcards become the folder the walk starts from. */
  private splitBase(pattern: string): { base: string; rest: string } {
    const drive = /^[a-zA-Z]:\//.exec(pattern)?.[0];
    const root = drive ?? (pattern.startsWith('/') ? '/' : this.cwd);
    const segments = pattern.slice(drive ? drive.length : 0).split('/').filter(Boolean);
    const literals: string[] = [];
    let i = 0;
    for (; i < segments.length; i++) {
      const m = compileSegment(segments[i]);
      if (m.globstar || m.literal === undefined) break;
      literals.push(m.literal);
    }
    return { base: nodePath.resolve(root, ...literals), rest: segments.slice(i).join('/') };
  }

  private isDirectory(path: string): boolean {
    try {
      return this.fs.stat(path).isDirectory();
    } catch {
      return false;
    }
  }

  private collectPlain(path: string, out: string[]): void {
    try {
      const stat = this.fs.stat(path);
      if (stat.isFile() && isMarkdownName(path)) out.push(path);
      else if (stat.isDirectory()) out.push(...this.folder(path));
    } catch {
      // An alternative that names nothing is simply not a match.
    }
  }

  private globWalk(dir: string, glob: CompiledGlob, states: Set<number>, visited: Set<string>, out: string[]): void {
    const end = glob.segments.length;
    this.walk(dir, visited, (name, path, isDir) => {
      const next = step(glob, states, name, skippedFolders.has(name));
      if (next.size === 0) return false;
      if (!isDir) {
        if (next.has(end) && isMarkdownName(name)) out.push(path);
        return false;
      }
      if (next.has(end)) {
        out.push(...this.folder(path, visited));
        return false;
      }
      this.globWalk(path, glob, next, visited, out);
      return false;
    });
  }

  /**
   * List `dir` in sorted order and call `visit` for each entry; when `visit` returns
   * true for a folder, descend into it. Symbolic-link loops are entered once.
   */
  private walk(dir: string, visited: Set<string>, visit: (name: string, path: string, isDir: boolean) => boolean): void {
    let real: string;
    let names: string[];
    try {
      real = this.fs.realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      names = this.fs.readdir(dir).slice().sort(compareNames);
    } catch (e) {
      this.problems.push({ path: displayPath(dir, this.cwd), reason: describeFsError(e) });
      return;
    }
    for (const name of names) {
      const path = nodePath.join(dir, name);
      let isDir: boolean;
      try {
        const stat = this.fs.stat(path);
        if (!stat.isDirectory() && !stat.isFile()) continue;
        isDir = stat.isDirectory();
      } catch (e) {
        // A broken link or an entry we may not see: worth a word only if it looks like a draft.
        if (isMarkdownName(name)) this.problems.push({ path: displayPath(path, this.cwd), reason: describeFsError(e) });
        continue;
      }
      if (visit(name, path, isDir) && isDir) this.walk(path, visited, visit);
    }
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
