/** Something that kept a file from being checked, or a fact base from loading cleanly. */
export interface Notice {
  /** The file concerned, relative to cwd (or as given on the command line). */
  readonly path: string;
  /** The bare reason, for machine formats. */
  readonly message: string;
  /** One line for stderr. */
  readonly line: string;
  /** 1-based position in the file, when the notice is about a place in it. */
  readonly position?: { readonly line: number; readonly column: number };
}

/** `policy-lens: <path>: <reason>` — a file that could not be checked. */
export function inputNotice(path: string, reason: string): Notice {
  return { path, message: reason, line: `policy-lens: ${path}: ${reason}` };
}
