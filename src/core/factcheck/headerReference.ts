import type { EntityMention } from '../types';
import type { EntityDescriptions } from './definiteDescription';

/** A word that counts a column's figures from an event named after it: "Days after the leak", "Weeks since the Mythos leak". */
const countingFrom = /\b(?:after|before|since|from|following|until|prior\s+to|ahead\s+of)\s+/giu;

/** The most characters between the relation word and the name of the event it counts from ("after Anthropic's [Mythos leak]"). */
const maxGap = 24;

/**
 * The events (by id) a column's header counts its figures from: the one named, by its name or
 * a definite description ("the leak"), right after "after", "before", "since", "from"…:
 * "Days after the leak" → the Mythos leak. `start` is the header's offset, the frame of
 * `mentions` (the header's own). The row of such an event holds its offset from itself, no gap
 * of any fact: "| Mythos leak | 0 |" under "Days after the leak" is where the count starts.
 */
export function headerReferences(headerText: string, start: number, mentions: readonly EntityMention[], descriptions: EntityDescriptions): ReadonlySet<string> | undefined {
  let out: Set<string> | undefined;
  countingFrom.lastIndex = 0;
  for (let m; (m = countingFrom.exec(headerText)); ) {
    const from = m.index + m[0].length;
    for (const e of mentions) {
      const at = e.span.start - start;
      if (at >= from && at <= from + maxGap && !/[,;:()[\]|]/.test(headerText.slice(from, at))) (out ??= new Set()).add(e.id);
    }
    const rest = headerText.slice(from);
    for (const [id, d] of descriptions) {
      d.re.lastIndex = 0;
      if (d.re.exec(rest)?.index === 0) (out ??= new Set()).add(id);
    }
  }
  return out;
}
