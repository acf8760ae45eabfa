import type { EntityMention, Sentence } from '../types';
import type { Block } from '../markdown/structure';
import type { LineIndex } from '../text/lineIndex';
import { mentionsIn, namesAnyIn } from '../entities/mentionsIn';
import { firstAtOrAfter } from '../util/search';
import type { NoteContext } from './noteSurroundings';
import { pairedSubjects } from './parallelItems';

/**
 * What a claim that names no subject of its own is about: the entities named in the heading of
 * its section, in the nearest sentence before it in its own paragraph that names any, and in the
 * paragraph just before its own or, for a list item, in the paragraph that introduces the list
 * (for an item of a sub-list, its parent item).
 * Writers name the subject once and then write "the model", "the leak", "the company", or a bare
 * bullet under "Anthropic committed:" — the claim inherits it ("The model leaked before Anthropic
 * intended. A misconfiguration left 2,000 assets exposed." is Anthropic's leak).
 * Nothing crosses a heading; a table row takes only its section's heading ("## Glasswing" over
 * "| Direct donations | $40M |"), and a reference or a heading has none. A list item or a table
 * row also has the document's title, apart (see `title`).
 */
export interface Surroundings {
  readonly ids: ReadonlySet<string>;
  /** The ids in a fixed order: a verdict that used the surroundings is reused only while they stay the same. */
  readonly key: string;
  /**
   * For a list item or a table row, what the document's title names (its one level-1 heading), when
   * it names anything: what the whole document is about, which an item that names nothing takes
   * only on a cue specific to one fact (see `tiedByTitle` in `claimVerdict`).
   */
  readonly title?: ReadonlySet<string>;
}

const none: Surroundings = { ids: new Set(), key: '' };

/** A list marker (after any block-quote markers) before the block's first character on its line. */
const listItemLead = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/;

/** How far back a list item looks for the paragraph introducing its list (a longer list is a document of its own). */
const maxListWalk = 64;

/** How far into its line a block may start for what stands before it to be list markers (nested in quotes and lists). */
const maxLeadLength = 64;

/** Whether a list marker stands before the block on its line (the line index knows every line's start). */
export function isListItem(text: string, index: LineIndex, block: Block): boolean {
  const lineStart = index.lineStarts[index.lineOf(block.start)];
  return block.start - lineStart <= maxLeadLength && listItemLead.test(text.slice(lineStart, block.start));
}

function isProse(block: Block | undefined): block is Block {
  return block !== undefined && block.kind === 'paragraph' && !block.isReference;
}

/** A pronoun that points back to a thing named before: "its score", "it found", "their". */
const pointsBack = /(?<![\p{L}\p{N}])(?:its|it|their|they)(?![\p{L}\p{N}'’])/iu;

/** Whether the block holds a pronoun that points back (see `pointsBack`) before any name: it cannot stand for one of its own names. */
function pronounFirst(text: string, block: Block, entities: readonly EntityMention[]): boolean {
  const m = pointsBack.exec(text.slice(block.start, block.end));
  if (!m) return false;
  const first = entities[firstAtOrAfter(entities, block.start, (e) => e.span.start)];
  return first === undefined || first.span.start >= block.start + m.index;
}

/** How many items back a list item whose pronoun points back looks for the one that names its subject. */
const maxItemWalk = 4;

/** How many sentences back in its paragraph a claim looks for one that names something (a longer run names nothing). */
const maxSentenceWalk = 8;

/**
 * The entities of the nearest sentence before `at`, from `from` on, that names any: "The model leaked
 * before Anthropic intended. A misconfiguration left…" gives Anthropic to the second sentence.
 */
function previousSentenceIds(sentences: readonly Sentence[], entities: readonly EntityMention[], from: number, at: number, isSubject: Borrowable): string[] {
  // The claim's own sentence: the first that ends after its start.
  const own = firstAtOrAfter(sentences, at + 1, (s) => s.span.end);
  for (let k = own - 1; k >= 0 && k >= own - maxSentenceWalk; k--) {
    const { start, end } = sentences[k].span;
    if (start < from) break;
    if (!namesAnyIn(entities, start, end)) continue;
    const named = mentionsIn(entities, start, end).filter(isSubject);
    if (named.length) return named.map((e) => e.id);
  }
  return [];
}

/**
 * Whether a mention may be what a later claim is about: not a name the sentence sets only on the
 * other side of a comparison ("… against 66.6 percent for Opus 4.6", see `comparedMentions`).
 */
export type Borrowable = (e: EntityMention) => boolean;

const anyMention: Borrowable = () => true;

function keyed(ids: ReadonlySet<string>): Surroundings {
  return ids.size ? { ids, key: [...ids].sort().join('\u0000') } : none;
}

/**
 * Surroundings of a claim by its block's index and its start: those of the block, each found once
 * when first asked for, with those of the sentences before it in its paragraph. A claim in a
 * footnote definition has those of the sentences that cite its note (`noteAt`), of the
 * surroundings of a citing sentence that names nothing, and of the sentences before it in the
 * note: no heading of its own, as notes gather at a document's end.
 */
export function claimSurroundings(
  text: string,
  index: LineIndex,
  blocks: readonly Block[],
  entities: readonly EntityMention[],
  sentences: readonly Sentence[],
  noteAt?: (at: number) => NoteContext | undefined,
  isSubject: Borrowable = anyMention,
): (blockIndex: number, at: number) => Surroundings {
  const ofBlock = blockSurroundings(text, index, blocks, entities, isSubject);
  let title: { ids: ReadonlySet<string>; key: string } | undefined;
  // A block's surroundings are found once: so is each with the title.
  const titled = new WeakMap<Surroundings, Surroundings>();
  const withTitle = (around: Surroundings): Surroundings => {
    title ??= documentTitle(blocks, entities, isSubject);
    if (!title.ids.size) return around;
    let found = titled.get(around);
    if (!found) titled.set(around, (found = { ids: around.ids, key: `${around.key}\u0001${title.key}`, title: title.ids }));
    return found;
  };
  const ofProse = (bi: number, at: number): Surroundings => {
    const block = blocks[bi];
    const around = ofBlock(bi);
    if (!isProse(block)) return around;
    const before = previousSentenceIds(sentences, entities, block.start, at, isSubject);
    if (!before.length) return around;
    const ids = new Set(around.ids);
    for (const id of before) ids.add(id);
    return keyed(ids);
  };
  // What the citing sentences that name nothing speak of, by note: found once per note.
  const ofCiters = new Map<NoteContext, readonly string[]>();
  const citersIds = (note: NoteContext): readonly string[] => {
    let found = ofCiters.get(note);
    if (found) return found;
    const ids = new Set<string>();
    for (const at of note.bareCiters) {
      const bi = firstAtOrAfter(blocks, at + 1, (b) => b.start) - 1;
      const block = blocks[bi];
      if (!block || at >= block.end || block.kind === 'footnote-definition') continue;
      for (const id of ofProse(bi, at).ids) ids.add(id);
    }
    ofCiters.set(note, (found = [...ids]));
    return found;
  };
  return (bi, at) => {
    const block = blocks[bi];
    if (block?.kind === 'footnote-definition') {
      const note = noteAt?.(at);
      if (!note) return none;
      const ids = new Set(note.ids);
      // A note cited by a sentence that names nothing speaks of that sentence's surroundings.
      if (note.bareCiters.length) for (const id of citersIds(note)) ids.add(id);
      for (const id of previousSentenceIds(sentences, entities, note.start, at, isSubject)) ids.add(id);
      return keyed(ids);
    }
    const around = ofProse(bi, at);
    // Terse items, a timeline's bullets and a fact sheet's rows, leave the document's subject implicit; prose names its own.
    const cell = block?.kind === 'table-cell' && !block.isReference;
    return cell || (isProse(block) && isListItem(text, index, block)) ? withTitle(around) : around;
  };
}

/** The entities named in the document's one level-1 heading (none when it has several, as sections). */
function documentTitle(blocks: readonly Block[], entities: readonly EntityMention[], isSubject: Borrowable): { ids: ReadonlySet<string>; key: string } {
  let heading: Block | undefined;
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.headingLevel !== 1) continue;
    if (heading) return { ids: new Set(), key: '' };
    heading = b;
  }
  const ids = new Set<string>();
  if (heading) for (const e of mentionsIn(entities, heading.start, heading.end)) if (isSubject(e)) ids.add(e.id);
  return { ids, key: [...ids].sort().join('\u0000') };
}

/** The opening of a block quote's attribution line: a dash, perhaps in emphasis. */
const attributionLineRe = /^(?:\*{1,3}|_{1,3})?(?:—|―|–|--)/;

/**
 * A run-in heading: bold words that open a paragraph and end with a full stop, inside the bold or right after it
 * ("**Thu — Tabletop prep.** Scenario for …", "__Costs__. …"), or with a colon when they are words of a topic, two
 * or more with one in lower case ("**Tabletop prep:** …", "**Why it matters:** …"); not a speaker's label, a name
 * ("**GRAHAM:** …", "**Jim Zemlin:** …", "**Q:** …"), whose words go on from what was said before.
 */
const runInHeading = /(?:\*\*|__)([^*_\r\n]{1,80}?)(?:([.:])(?:\*\*|__)|(?:\*\*|__)([.:]))/y;

/** Whether the block opens on a run-in heading (see `runInHeading`). */
export function opensOnRunInHeading(text: string, block: Block): boolean {
  runInHeading.lastIndex = block.start;
  const m = runInHeading.exec(text);
  if (!m) return false;
  if ((m[2] ?? m[3]) === '.') return true;
  const words = m[1].split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.some((w) => /^\p{Ll}/u.test(w));
}

/** Surroundings of each block by index, each found once when first asked for. */
function blockSurroundings(text: string, index: LineIndex, blocks: readonly Block[], entities: readonly EntityMention[], isSubject: Borrowable): (blockIndex: number) => Surroundings {
  let headingOf: Int32Array | undefined;
  const made = new Map<number, Surroundings>();
  const idsIn = (block: Block, into: Set<string>) => {
    for (const e of mentionsIn(entities, block.start, block.end)) if (isSubject(e)) into.add(e.id);
  };
  const remember = (bi: number, ids: ReadonlySet<string>) => {
    const found = keyed(ids);
    made.set(bi, found);
    return found;
  };
  const ofBlock = (bi: number): Surroundings => {
    const found = made.get(bi);
    if (found) return found;
    const block = blocks[bi];
    // A table row takes its section's heading as a sentence does, nothing else: its lead-in is the table's header.
    const cell = block?.kind === 'table-cell' && !block.isReference;
    if (!cell && !isProse(block)) return none;
    if (!headingOf) {
      headingOf = new Int32Array(blocks.length);
      let last = -1;
      for (let k = 0; k < blocks.length; k++) {
        headingOf[k] = last;
        if (blocks[k].kind === 'heading') last = k;
      }
    }
    const ids = new Set<string>();
    const heading = headingOf[bi];
    if (heading >= 0) idsIn(blocks[heading], ids);
    if (cell) return remember(bi, ids);
    let previous = blocks[bi - 1];
    // A block quote's attribution line ("— TechCrunch [9]") stands between the quote and the paragraph that discusses it.
    if (previous && bi - 2 > heading && previous.blockQuote === undefined && blocks[bi - 2].blockQuote !== undefined && attributionLineRe.test(text.slice(previous.start, previous.start + 8))) {
      previous = blocks[bi - 2];
    }
    const item = isListItem(text, index, block);
    // The items of a list run side by side: an item's context is its list's lead-in, not the item before.
    // A paragraph that opens on a run-in heading ("**Thu — Tabletop prep.** …") starts a topic of its own, as under a heading.
    if (!item && isProse(previous) && bi - 1 > heading && !isListItem(text, index, previous) && !opensOnRunInHeading(text, block)) idsIn(previous, ids);
    // A sub-list's lead-in is its parent item ("- Chinese state-sponsored group" over "  - ~40 targets"),
    // or the parent's own lead-in when the parent names nothing ("- Others" over "  - more than fifty organizations").
    const parent = block.parentItem;
    if (item && parent !== undefined) {
      if (parent > heading && isProse(blocks[parent])) {
        const named = mentionsIn(entities, blocks[parent].start, blocks[parent].end).filter(isSubject);
        if (!named.length) return ofBlock(parent);
        for (const e of named) ids.add(e.id);
      }
    } else if (item) {
      for (let k = bi - 1; k > heading && k >= bi - maxListWalk; k--) {
        if (!isProse(blocks[k])) break;
        if (isListItem(text, index, blocks[k])) continue;
        idsIn(blocks[k], ids);
        break;
      }
    }
    // "- SWE-bench Pro: 77.8% against 55.4%" under "- CyberGym: 83.1% for Mythos Preview against 66.6% for Opus 4.6": a
    // parallel list's bare pair of scores is the pair of subjects its sibling gives its scores for (see `pairedSubjects`).
    if (item) for (const id of pairedSubjects(text, blocks, bi, entities, (b) => isListItem(text, index, b))) ids.add(id);
    // "- **93.9%** — its score on SWE-bench Pro" under "- **83.1%** — Mythos Preview's CyberGym score": a pronoun
    // that points back, before any name of the item, speaks of the nearest item before that names one.
    if (item && pronounFirst(text, block, entities)) {
      for (let k = bi - 1; k > heading && k >= bi - maxItemWalk; k--) {
        if (!isProse(blocks[k]) || !isListItem(text, index, blocks[k])) break;
        const named = mentionsIn(entities, blocks[k].start, blocks[k].end).filter(isSubject);
        if (!named.length) continue;
        for (const e of named) ids.add(e.id);
        break;
      }
    }
    return remember(bi, ids);
  };
  return ofBlock;
}
