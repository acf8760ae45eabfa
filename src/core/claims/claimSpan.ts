/**
 * The words of a claim: its sentence without the Markdown that wraps it. An editor's aside
 * "*[Staff note: The leak happened on March 24, 2026.[7]]*" claims "Staff note: The leak happened on
 * March 24, 2026.[7]"; the emphasis marks and the bracket around the note are no part of it,
 * and a hover and the JSON output show the claim's text without them (its range stays its sentence's).
 */

/** Whether `c` is an emphasis mark: "*" or "_". */
function isEmphasis(c: number): boolean {
  return c === 42 || c === 95;
}

function hasEmphasis(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isEmphasis(text.charCodeAt(k))) return true;
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The span [start, end) of `text` without a wrapper at its edges: runs of "*" and "_" when no
 * such mark stands inside the span, then a "[" at the start or a "]" at the end that no
 * bracket inside the span matches (one sentence of a bracketed note of two), or that match each
 * other around the whole span. Example: "*[Staff note: It was 2026.[7]]*" → "Staff note: It was 2026.[7]".
 */
export function claimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  // Emphasis: a leading and a trailing run, kept when a mark inside may pair with them ("**Anthropic** pledged").
  let lead = s;
  while (lead < e && isEmphasis(text.charCodeAt(lead))) lead++;
  let trail = e;
  while (trail > lead && isEmphasis(text.charCodeAt(trail - 1))) trail--;
  if ((lead > s || trail < e) && !hasEmphasis(text, lead, trail)) {
    s = lead;
    e = trail;
  }
  if (text.charCodeAt(s) !== 91 /* [ */ && text.charCodeAt(e - 1) !== 93 /* ] */) return [s, e];
  // Brackets: the depth at each point, and whether the opening one closes before the end.
  let depth = 0;
  let opens = 0;
  let closes = 0;
  let closedEarly = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 91) {
      opens++;
      depth++;
    } else if (c === 93) {
      closes++;
      depth--;
      if (depth === 0 && k < e - 1) closedEarly = true;
    }
  }
  const opensAtStart = text.charCodeAt(s) === 91;
  const closesAtEnd = text.charCodeAt(e - 1) === 93;
  if (opensAtStart && closesAtEnd && opens === closes && !closedEarly) {
    s++;
    e--;
  } else if (opensAtStart && opens > closes) s++;
  else if (closesAtEnd && closes > opens) e--;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? [s, e] : [start, end];
}
