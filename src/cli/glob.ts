/**
 * A small glob matcher: `**` (any number of path segments), `*` and `?` (within a
 * segment), `[abc]` / `[a-z]` / `[!a]` classes, `{a,b}` alternatives (nestable) and
 * `\` escapes. `*`, `?` and `**` never match a leading dot unless the pattern spells it.
 * Matching is linear-time per segment (no regular expressions, no backtracking blow-up).
 */

const maxAlternatives = 1024;

/** Whether `arg` uses any glob syntax. */
export function isGlob(arg: string): boolean {
  return /[*?[]|\{[^}]*,[^}]*\}/.test(arg);
}

/** Expand `{a,b}` alternatives into separate patterns (nested braces supported). */
export function expandBraces(pattern: string): string[] {
  const open = findBraceOpen(pattern);
  if (open < 0) return [pattern];
  const close = findBraceClose(pattern, open);
  if (close < 0) return [pattern];
  const parts = splitTopLevel(pattern.slice(open + 1, close));
  if (parts.length < 2) {
    // `{x}` is literal text; keep expanding what follows it.
    const head = pattern.slice(0, close + 1);
    return expandBraces(pattern.slice(close + 1)).map((rest) => head + rest);
  }
  const out: string[] = [];
  const prefix = pattern.slice(0, open);
  const suffix = pattern.slice(close + 1);
  for (const part of parts) {
    for (const expanded of expandBraces(prefix + part + suffix)) {
      if (out.length >= maxAlternatives) return out;
      out.push(expanded);
    }
  }
  return out;
}

function findBraceOpen(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{' && findBraceClose(s, i) > 0) return i;
  }
  return -1;
}

function findBraceClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

type Token =
  | { readonly t: 'char'; readonly c: string }
  | { readonly t: 'any' }
  | { readonly t: 'star' }
  | { readonly t: 'class'; readonly negate: boolean; readonly items: readonly (readonly [string, string])[] };

/** One path segment of a pattern, compiled. */
export interface SegmentMatcher {
  readonly globstar: boolean;
  /** The segment has no wildcard: it names one entry. */
  readonly literal: string | undefined;
  match(name: string): boolean;
}

export function compileSegment(segment: string, ignoreCase = false): SegmentMatcher {
  if (segment === '**') return { globstar: true, literal: undefined, match: (name) => !name.startsWith('.') };
  const tokens = tokenize(ignoreCase ? segment.toLowerCase() : segment);
  const literal = tokens.every((tok) => tok.t === 'char') ? tokens.map((tok) => (tok as { c: string }).c).join('') : undefined;
  const explicitDot = tokens[0]?.t === 'char' && tokens[0].c === '.';
  return {
    globstar: false,
    literal,
    match(name: string) {
      const n = ignoreCase ? name.toLowerCase() : name;
      if (literal !== undefined) return n === literal;
      if (n.startsWith('.') && !explicitDot) return false;
      return wildcardMatch(tokens, n);
    },
  };
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) tokens.push({ t: 'char', c: segment[++i] });
    else if (c === '*') {
      if (tokens[tokens.length - 1]?.t !== 'star') tokens.push({ t: 'star' });
    } else if (c === '?') tokens.push({ t: 'any' });
    else if (c === '[') {
      const cls = parseClass(segment, i);
      if (cls) {
        tokens.push(cls.token);
        i = cls.end;
      } else tokens.push({ t: 'char', c });
    } else tokens.push({ t: 'char', c });
  }
  return tokens;
}

function parseClass(s: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const negate = s[i] === '!' || s[i] === '^';
  if (negate) i++;
  const items: [string, string][] = [];
  let first = true;
  for (; i < s.length; i++) {
    if (s[i] === ']' && !first) return { token: { t: 'class', negate, items }, end: i };
    first = false;
    let lo = s[i];
    if (lo === '\\' && i + 1 < s.length) lo = s[++i];
    let hi = lo;
    if (s[i + 1] === '-' && i + 2 < s.length && s[i + 2] !== ']') {
      hi = s[i + 2] === '\\' && i + 3 < s.length ? s[i + 3] : s[i + 2];
      i += s[i + 2] === '\\' ? 3 : 2;
    }
    items.push([lo, hi]);
  }
  return undefined;
}

function tokenMatches(tok: Token, c: string): boolean {
  switch (tok.t) {
    case 'char':
      return tok.c === c;
    case 'any':
      return true;
    case 'class': {
      const inside = tok.items.some(([lo, hi]) => c >= lo && c <= hi);
      return inside !== tok.negate;
    }
    case 'star':
      return false;
  }
}

/** Classic wildcard matching with a single backtrack point: O(pattern × name). */
function wildcardMatch(tokens: readonly Token[], name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < tokens.length && tokens[p].t === 'star') {
      starP = p++;
      starN = n;
    } else if (p < tokens.length && tokenMatches(tokens[p], name[n])) {
      p++;
      n++;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (p < tokens.length && tokens[p].t === 'star') p++;
  return p === tokens.length;
}

/** A pattern (after brace expansion) as a list of segment matchers. */
export interface CompiledGlob {
  readonly segments: readonly SegmentMatcher[];
}

export function compileGlob(pattern: string, ignoreCase = false): CompiledGlob {
  // Empty segments ("a//b", a trailing "/") are dropped; runs of `**` mean the same as one.
  const compiled: SegmentMatcher[] = [];
  for (const s of pattern.split('/')) {
    if (s === '') continue;
    const m = compileSegment(s, ignoreCase);
    if (m.globstar && compiled[compiled.length - 1]?.globstar) continue;
    compiled.push(m);
  }
  return { segments: compiled };
}

/** The set of pattern positions reachable without consuming a segment (`**` may match nothing). */
export function closure(glob: CompiledGlob, states: Iterable<number>): Set<number> {
  const out = new Set<number>();
  for (const s of states) {
    let i = s;
    out.add(i);
    while (i < glob.segments.length && glob.segments[i].globstar) out.add(++i);
  }
  return out;
}

/** Advance pattern states over one path segment. */
export function step(glob: CompiledGlob, states: ReadonlySet<number>, name: string, literalOnly = false): Set<number> {
  const next: number[] = [];
  for (const i of states) {
    const seg = glob.segments[i];
    if (!seg) continue;
    if (literalOnly && seg.literal === undefined) continue;
    if (seg.globstar) {
      if (seg.match(name)) next.push(i);
    } else if (seg.match(name)) next.push(i + 1);
  }
  return closure(glob, next);
}

/** Whether a relative path ("a/b/c.md") matches the pattern. */
export function matchGlob(pattern: string, path: string, ignoreCase = false): boolean {
  return expandBraces(pattern).some((p) => {
    const glob = compileGlob(p, ignoreCase);
    let states = closure(glob, [0]);
    for (const name of path.split('/').filter(Boolean)) {
      states = step(glob, states, name);
      if (states.size === 0) return false;
    }
    return states.has(glob.segments.length);
  });
}
