/** Front matter: a YAML (`---`) or TOML (`+++`) block at the very start of a document. */
export interface FrontMatter {
  /** Number of lines it spans (0 when there is none), closing fence included. */
  readonly lineCount: number;
  /** Offset just past its closing fence line. */
  readonly end: number;
  /** Bibliography files named by `bibliography:` (one value or a list). */
  readonly bibliography: readonly string[];
}

const none: FrontMatter = { lineCount: 0, end: 0, bibliography: [] };

export function readFrontMatter(text: string): FrontMatter {
  const open = /^(---|\+\+\+)[ \t]*(\r\n|\n|\r)/.exec(text);
  if (!open) return none;
  const fence = open[1] === '---' ? /^(---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  const lineRe = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  lineRe.lastIndex = open[0].length;
  let lineCount = 1;
  const body: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) && m[0].length > 0) {
    lineCount++;
    if (fence.test(m[1])) return { lineCount, end: lineRe.lastIndex, bibliography: bibliographyOf(body) };
    body.push(m[1]);
    if (lineCount > 2000) break;
  }
  return none; // an unclosed fence is not front matter
}

function unquote(s: string): string {
  const t = s.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

function bibliographyOf(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^bibliography\s*[:=]\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    const value = m[1].trim();
    if (value.startsWith('[')) {
      out.push(...value.replace(/^\[|\]$/g, '').split(',').map(unquote).filter(Boolean));
    } else if (value) {
      out.push(unquote(value));
    } else {
      for (let j = i + 1; j < lines.length; j++) {
        const item = /^\s*-\s+(.*)$/.exec(lines[j]);
        if (!item) break;
        out.push(unquote(item[1]));
      }
    }
  }
  return out;
}
