import type { ClaimValue, EntityMention } from '../types';

/** The word that pairs two lists item by item: "X and Y scored A and B, respectively". */
const respectivelyWord = /\brespectively\b/i;

/** What joins two items of one list, read on the text between them trimmed: ",", "and", ", and", "&". */
const listJoint = /^(?:,|,?[ \t]{0,3}(?:and|&))$/i;

/** What a list is made of: an entity's mention or a figure, with where it stands and what kind it is. */
interface Item {
  readonly span: { readonly start: number; readonly end: number };
  readonly kind: string;
}

/**
 * The runs of two or more items of one kind in a row, each joined to the next by a comma or
 * "and" only: "Mythos Preview and Opus 4.6", "77.8%, 53.4% and 40%". A run of entities also
 * holds each entity once (`keyOf` gives what may not repeat). `items` are in the order they
 * stand in the sentence. One pass: each item is read once.
 */
function listsOf<T extends Item>(items: readonly T[], sentenceText: string, start: number, keyOf: (item: T, at: number) => string | number): T[][] {
  const lists: T[][] = [];
  let run: T[] = [];
  const keys = new Set<string | number>();
  items.forEach((item, at) => {
    const last = run[run.length - 1];
    const key = keyOf(item, at);
    const joined =
      last !== undefined &&
      last.kind === item.kind &&
      item.span.start >= last.span.end &&
      !keys.has(key) &&
      listJoint.test(sentenceText.slice(last.span.end - start, item.span.start - start).trim());
    if (!joined) {
      if (run.length >= 2) lists.push(run);
      run = [];
      keys.clear();
    }
    run.push(item);
    keys.add(key);
  });
  if (run.length >= 2) lists.push(run);
  return lists;
}

/** What `respectivePairs` finds in a sentence that reads "respectively". */
export interface RespectivePairs {
  /** The entity each figure is paired with, by the figure's index; none for a figure in no paired list. */
  readonly of: readonly (EntityMention | undefined)[];
  /** The figures of lists that could not be paired (no list of entities as long, or two): whose each is, is not known. */
  readonly unpaired: ReadonlySet<number>;
}

/**
 * The entity each figure of a sentence stands for when the sentence pairs a list of entities
 * with a list of figures by "respectively": "Mythos Preview and Opus 4.6 reach 77.8% and 53.4%,
 * respectively" gives the 77.8% to Mythos Preview and the 53.4% to Opus 4.6, whatever stands
 * nearer either figure ("On SWE-bench Pro, …", "… scored 83.1% and 66.6% respectively on CyberGym").
 * A list is two or more entities of one kind, or figures of one kind, joined by commas and
 * "and" ("X, Y and Z", "X, Y, and Z"); "respectively" may stand anywhere in the sentence. A list
 * of figures is paired with the one list of entities as long as it (several lists of figures
 * may be: "93.9% and 80.8% on SWE-bench Verified and 77.8% and 53.4% on SWE-bench Pro"); one
 * whose count no list of entities has, or as many as two have, is paired with none (`unpaired`).
 * Undefined when the sentence does not read "respectively".
 */
export function respectivePairs(sentenceText: string, start: number, mentions: readonly EntityMention[], values: readonly ClaimValue[]): RespectivePairs | undefined {
  if (values.length < 2 || mentions.length < 2 || !respectivelyWord.test(sentenceText)) return undefined;
  // A table row's mentions come with its header's first: in the order they stand.
  const ordered = [...mentions].sort((a, b) => a.span.start - b.span.start);
  const entityLists = listsOf(ordered, sentenceText, start, (e) => e.id);
  const of: (EntityMention | undefined)[] = values.map(() => undefined);
  const unpaired = new Set<number>();
  // The list of entities of each length, or null when two have it.
  const byLength = new Map<number, EntityMention[] | null>();
  for (const list of entityLists) byLength.set(list.length, byLength.has(list.length) ? null : list);
  const indexOf = new Map(values.map((v, vi) => [v, vi]));
  const figuresInOrder = [...values].sort((a, b) => a.span.start - b.span.start);
  for (const figures of listsOf(figuresInOrder, sentenceText, start, (_, at) => at)) {
    const entities = byLength.get(figures.length);
    if (entities) figures.forEach((v, k) => (of[indexOf.get(v)!] = entities[k]));
    else for (const v of figures) unpaired.add(indexOf.get(v)!);
  }
  return { of, unpaired };
}
