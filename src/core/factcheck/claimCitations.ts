import type { ClaimValue, FactCheck, Fix, TextEdit } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { CitationPlanner } from './citationFix';

/**
 * Where a clause ends after a figure, before `limit`: a comma, semicolon or colon, or a dash set
 * off by spaces ("… on April 7, 2026, and OpenAI …"). A closing bracket or quotation mark right
 * before it stays with the clause. -1 when the clause runs on to `limit`.
 */
function clauseEnd(text: string, from: number, limit: number): number {
  const m = clauseBreakRe.exec(text.slice(from, limit));
  if (!m) return -1;
  const at = from + m.index;
  // The date's own comma ("April 7, 2026") is read with the figure: a boundary needs white space after it and no digit after that.
  if (text[at] === ',' && dateCommaRe.test(text.slice(at, at + 4))) return clauseEnd(text, at + 1, limit);
  return at;
}

/** A comma, semicolon or colon before white space, or a dash set off by spaces. */
const clauseBreakRe = /[,;:](?=\s)|\s[—–]\s/;
/** A comma inside a date, before its year: ", 2026". */
const dateCommaRe = /^,\s+\d/;

/**
 * Asks the planner to cite a confirmed claim's facts: one request per fact whose sources no
 * earlier fact of the claim shares, so that "Anthropic released Mythos Preview on April 7, 2026,
 * and OpenAI released GPT-5.3-Codex in February 2026" is offered the system card after the first
 * clause and Fortune's story at the end, not the first fact's source alone (see `placeOf`).
 * `assign` receives one fix that makes all the edits.
 */
export function requestClaimCitations(
  citing: CitationPlanner,
  factIndex: FactIndex,
  text: string,
  checks: readonly FactCheck[],
  values: readonly ClaimValue[],
  span: { readonly start: number; readonly end: number },
  assign: (fix: Fix) => void,
): void {
  const groups: { sources: Set<string>; first: number; last: number }[] = [];
  for (const check of [...checks].sort((a, b) => a.valueIndex - b.valueIndex)) {
    const fact = factIndex.fact(check.factId);
    const value = values[check.valueIndex];
    const citable = fact?.sources.filter((id) => factIndex.source(id)?.citable !== false) ?? [];
    if (!value || !citable.length) continue;
    const shared = groups.find((g) => citable.some((id) => g.sources.has(id)));
    if (shared) {
      shared.last = Math.max(shared.last, value.span.end);
      continue;
    }
    groups.push({ sources: new Set(citable), first: value.span.start, last: value.span.end });
  }
  if (!groups.length) return;
  const parts: Fix[] = [];
  groups.forEach((g, k) =>
    citing.request([...g.sources], placeOf(text, g, groups[k + 1], span.end), span.start, span.end, (fix) => {
      parts[k] = fix;
      assign(joinFixes(parts.filter((f) => f !== undefined)));
    }),
  );
}

/**
 * Where a group's marker goes: where the clause of its last figure ends, before the next group's
 * first figure; the last group's, and one whose clause runs on to the next group's figures
 * ("… in April and February 2026, respectively"), at the sentence's end, in the order of their figures.
 */
function placeOf(text: string, group: { readonly last: number }, next: { readonly first: number } | undefined, end: number): number {
  const at = next ? clauseEnd(text, group.last, next.first) : -1;
  return at < 0 ? end : at;
}

/** One fix that makes the edits of all `parts` (an edit two of them share, once), titled by each in turn. */
export function joinFixes(parts: readonly Fix[]): Fix {
  if (parts.length === 1) return parts[0];
  const edits = new Map<string, TextEdit>();
  for (const fix of parts) for (const e of fix.edits) edits.set(JSON.stringify(e), e);
  const titles = [...new Set(parts.map((f) => f.title))];
  const title = titles.map((t, i) => (i ? t.charAt(0).toLowerCase() + t.slice(1) : t)).join('; ');
  return { title, edits: [...edits.values()], isPreferred: parts.every((f) => f.isPreferred) };
}
