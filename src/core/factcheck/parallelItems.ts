import type { EntityMention } from '../types';
import type { Block } from '../markdown/structure';
import { mentionsIn } from '../entities/mentionsIn';

/**
 * The pair of subjects a parallel list's bare pair of scores stands for: in
 *
 *     - CyberGym: 83.1% for Mythos Preview against 66.6% for Opus 4.6.
 *     - SWE-bench Verified: 93.9% against 80.8%.
 *     - SWE-bench Pro: 77.8% against 55.4%.
 *
 * the second and third items set their scores against each other in the first item's order, and
 * name no model: theirs are the two the first item gives its scores "for". Only an item whose
 * whole claim is such a bare pair ("N% against N%", "vs.", "versus", "compared with"), under a
 * sibling item before it, past other bare pairs, that gives each of its two scores "for" a name on
 * either side of the same words; an item that names its own subject keeps it (see `Surroundings`).
 * `isItem` tells a list item; `bi` is the item's block. Empty when the item is no such pair.
 */
export function pairedSubjects(text: string, blocks: readonly Block[], bi: number, entities: readonly EntityMention[], isItem: (block: Block) => boolean): string[] {
  const block = blocks[bi];
  if (!barePair.test(text.slice(block.start, block.end))) return [];
  for (let k = bi - 1; k >= 0 && k >= bi - maxWalk; k--) {
    const sibling = blocks[k];
    if (sibling.kind !== 'paragraph' || !isItem(sibling) || sibling.parentItem !== block.parentItem) return [];
    const pair = forPair(text, sibling, entities);
    if (pair) return pair;
    if (!barePair.test(text.slice(sibling.start, sibling.end))) return [];
  }
  return [];
}

/** How many sibling items back a bare pair looks for the item that names its subjects. */
const maxWalk = 8;

/** A score set against another with no name after either: "93.9% against 80.8%", "77.8 per cent vs. 55.4 per cent". */
const barePair = /\d[\d.,]{0,12}\s?(?:%|percent|per cent)\s{1,3}(?:against|vs\.?|versus|compared\s{1,3}(?:with|to))\s{1,3}\d[\d.,]{0,12}\s?(?:%|percent|per cent)(?!\s{1,3}(?:for|by)\s)/i;

/** Right before a name: a score given "for" it, "83.1% for ", "66.6 percent for the ". */
const scoreFor = /\d\s?(?:%|percent|per cent)\s{1,3}for\s{1,3}(?:the\s{1,3})?$/i;

/** The words that set one score against the other, between the two names. */
const setAgainst = /(?:^|[^\p{L}])(?:against|vs\.?|versus|compared\s+(?:with|to))\s/iu;

/** The two names an item gives its two scores "for", set against each other ("83.1% for Mythos Preview against 66.6% for Opus 4.6"), or none. */
function forPair(text: string, item: Block, entities: readonly EntityMention[]): string[] | undefined {
  const named: EntityMention[] = [];
  for (const e of mentionsIn(entities, item.start, item.end)) {
    if (scoreFor.test(text.slice(Math.max(item.start, e.span.start - 30), e.span.start))) named.push(e);
  }
  if (named.length !== 2 || named[0].id === named[1].id || named[0].kind !== named[1].kind) return undefined;
  return setAgainst.test(text.slice(named[0].span.end, named[1].span.start)) ? [named[0].id, named[1].id] : undefined;
}
