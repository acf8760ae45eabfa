import type { ReferenceItem, ReferenceSection } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';

/**
 * The label of the reference entry that holds `offset`, which sources a quotation its annotation
 * reports (`- CNN. (2026). *…*. Includes Graham's remark that "…"` is cited by itself): the
 * entry's author and year as author-year citations write them ("CNN 2026"), or its number ("3").
 * Built once per analysis; the entries are sorted on first need and found by bisection.
 * Example: sourcingEntry(sections)(offsetInThirdItem) is "3" in a numbered list.
 */
export function sourcingEntry(sections: readonly ReferenceSection[]): (offset: number) => string | undefined {
  let entries: ReferenceItem[] | undefined;
  return (offset) => {
    entries ??= sections.flatMap((s) => s.items).sort((a, b) => a.start - b.start);
    const e = entries[firstAtOrAfter(entries, offset + 1, (x) => x.end)];
    if (!e || e.start > offset) return undefined;
    return e.authorYear ? `${e.authorYear.names} ${e.authorYear.year}` : String(e.explicitNumber ?? e.position);
  };
}
