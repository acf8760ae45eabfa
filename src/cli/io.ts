import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';

/** The few file-system calls the checker makes, so tests can inject failures (EACCES…). */
export interface CliFs {
  stat(path: string): { isFile(): boolean; isDirectory(): boolean; readonly size: number };
  readdir(path: string): string[];
  readFile(path: string): Uint8Array;
  realpath(path: string): string;
}

/** Where the checker writes and what it reads; `main` takes one so tests need no process. */
export interface CliIO {
  /** Paths on the command line and in the output are relative to this folder. */
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Defaults to Node's synchronous `fs`. */
  readonly fs?: CliFs;
  /** The whole of standard input, for the path `-`; defaults to reading file descriptor 0. */
  readonly stdin?: () => Uint8Array;
}

export const nodeCliFs: CliFs = {
  stat: (p) => nodeFs.statSync(p),
  readdir: (p) => nodeFs.readdirSync(p),
  readFile: (p) => nodeFs.readFileSync(p),
  realpath: (p) => nodeFs.realpathSync(p),
};

/** Standard input, read to its end. */
export const readProcessStdin = (): Uint8Array => nodeFs.readFileSync(0);

/** The path `-` on the command line: standard input, shown as `<stdin>`. */
export const stdinArg = '-';
export const stdinDisplay = '<stdin>';

/** A path as shown to the user: relative to `cwd`, forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = nodePath.relative(cwd, absolute) || '.';
  return rel.split(nodePath.sep).join('/');
}

/** An error from the file system in a few plain words ("no such file or directory"). */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
