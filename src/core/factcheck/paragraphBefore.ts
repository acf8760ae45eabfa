import type { EntityMention, Sentence, Span } from '../types';
import type { Block } from '../markdown/structure';
import { mentionsIn } from '../entities/mentionsIn';
import { opensOnRunInHeading } from './claimSurroundings';

/**
 * Wire copy sets one sentence to a paragraph: "Anthropic is giving the model to a coalition under
 * a program it calls Project Glasswing." and then, as a paragraph of its own, "The 13 founding
 * partners include Amazon Web Services, Apple and Google, as well as Anthropic itself." Such a
 * paragraph goes on from the last sentence of the paragraph right before, as the second sentence
 * of one paragraph would from the first: its subject may stand there. Only when the paragraph is
 * that one sentence and names nothing of its own: no thing with figures of its own (`subjects`), and
 * no name as the subject of a verb ("“…,” the Linux Foundation announced in 2020", "CISA announced
 * 78.5% in August 2020" speak of what that one did); and when the paragraph before is prose next to
 * it (no heading, table, reference or block quote's edge between), neither of them an item of a list
 * (a list's items run side by side: see `claimSurroundings`), and the paragraph opens on no run-in heading
 * ("**Tabletop prep:** 24 participants confirmed." starts a topic of its own).
 */
export function sentenceBeforeParagraph(
  text: string,
  blocks: readonly Block[],
  bi: number,
  sentences: readonly Sentence[],
  si: number,
  entities: readonly EntityMention[],
  subjects: ReadonlySet<string>,
  isListItem: (block: Block) => boolean,
): ParagraphBefore {
  const block = blocks[bi];
  const before = blocks[bi - 1];
  const previous = sentences[si - 1];
  const next = sentences[si + 1];
  if (!isProse(block)) return ownParagraph;
  // The paragraph is the one sentence: the one before ends before it, and none follows in its own.
  if ((previous !== undefined && previous.span.start >= block.start) || (next !== undefined && next.span.start < block.end)) return ownParagraph;
  if (isListItem(block)) return ownParagraph;
  // "**Tabletop prep:** 24 participants confirmed.": a run-in heading starts a topic of its own.
  if (opensOnRunInHeading(text, block)) return ownParagraph;
  for (const e of mentionsIn(entities, block.start, block.end)) if (subjects.has(e.id) || verbAfter.test(text.slice(e.span.end, e.span.end + verbReach))) return ownParagraph;
  // From here the answer turns on the paragraph before (whether there is one, its kind, its place, its last sentence).
  if (previous === undefined || !isProse(before) || before.blockQuote !== block.blockQuote || previous.span.start < before.start || isListItem(before)) return readBefore;
  return { previous: previous.span, readsBefore: true };
}

/**
 * What `sentenceBeforeParagraph` found: the sentence before to go on from, if any, and whether the
 * answer turned on the paragraph before (a kept verdict must then be keyed by it, as that may change alone).
 */
export interface ParagraphBefore {
  readonly previous?: Span;
  readonly readsBefore: boolean;
}

const ownParagraph: ParagraphBefore = { readsBefore: false };
const readBefore: ParagraphBefore = { readsBefore: true };

/**
 * A finite verb right after a name, perhaps after an adverb: the name is its subject ("CISA announced",
 * "Anthropic says", "the Foundation has"). Read broadly ("Anthropic partners" too): a paragraph then keeps to itself.
 */
const verbAfter = /^[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|\p{Ll}{2,}ed|\p{Ll}+[^\s\p{P}s]s)(?![\p{L}\p{N}])/u;
const verbReach = 40;

function isProse(block: Block | undefined): block is Block {
  return block !== undefined && block.kind === 'paragraph' && !block.isReference;
}
