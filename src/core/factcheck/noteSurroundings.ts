import type { Citation, EntityMention, Sentence } from '../types';
import type { FootnoteDefinition } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';
import { mentionsIn } from '../entities/mentionsIn';

/** What a claim in a footnote definition is about, besides what it names itself. */
export interface NoteContext {
  /** Where the note starts: the sentences before the claim in it, from here, may name its subject. */
  readonly start: number;
  /** The entities named in the sentences that cite the note. */
  readonly ids: readonly string[];
  /**
   * Where the sentences that cite the note and name nothing stand (their markers): such a
   * sentence speaks of its own surroundings ("Mythos Preview scores 93.9%. The system card[^card]
   * is long."), and so does its note (see `claimSurroundings`).
   */
  readonly bareCiters: readonly number[];
}

/** How many sentences citing one note are read for its subject (a note cited everywhere is about nothing in particular). */
const maxCiters = 8;

/**
 * The context of the note holding an offset: a note speaks of what the sentences that cite it
 * speak of. "In April 2026 Anthropic announced … Project Glasswing.[^1]" and "[^1]: The
 * announcement page lists the ten founding partners." make the ten Glasswing's. Each note's
 * context is found once, when first asked for; `notes` in any order.
 */
export function noteContexts(notes: readonly FootnoteDefinition[], citations: readonly Citation[], sentences: readonly Sentence[], entities: readonly EntityMention[]): (at: number) => NoteContext | undefined {
  if (!notes.length) return () => undefined;
  const sorted = [...notes].sort((a, b) => a.start - b.start);
  let citers: Map<string, number[]> | undefined;
  const made = new Map<FootnoteDefinition, NoteContext>();
  return (at) => {
    const note = sorted[firstAtOrAfter(sorted, at + 1, (n) => n.start) - 1];
    if (!note || at >= note.end) return undefined;
    let context = made.get(note);
    if (context) return context;
    if (!citers) {
      citers = new Map();
      for (const c of citations) {
        if (c.kind !== 'footnote') continue;
        const list = citers.get(c.label) ?? [];
        if (list.length < maxCiters) list.push(c.span.start);
        citers.set(c.label, list);
      }
    }
    const ids = new Set<string>();
    const bareCiters: number[] = [];
    for (const offset of citers.get(`^${note.label}`) ?? []) {
      const s = firstAtOrAfter(sentences, offset + 1, (x) => x.span.end);
      const sentence = sentences[s];
      if (!sentence || sentence.span.start > offset) continue;
      const named = mentionsIn(entities, sentence.span.start, sentence.span.end);
      if (!named.length) bareCiters.push(offset);
      for (const e of named) ids.add(e.id);
    }
    made.set(note, (context = { start: note.start, ids: [...ids], bareCiters }));
    return context;
  };
}
