import type { Block } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/**
 * The words the writer's own slide, screen, caption, banner or handout shows are the document's
 * own, as a task it sets is ("Essay question:", see `setQuestion`): a stage direction or a caption
 * that opens on such a label gives them in quotation marks, and quotes no one. A reading copy sets
 * `*(Slide 7: "Find it, fix it, ship it.")*`; a script `[On screen: "Patch now."]`.
 */

/** What shows the words: a slide, a screen, a caption, a banner, a handout … */
const displayNoun =
  String.raw`(?:slides?|screens?|on[- ]?screen|text on screen|captions?|banners?|handouts?|posters?|placards?|title cards?|cards?|chyrons?|lower thirds?|supers?|graphics?|overlays?|backdrops?|flip ?charts?|whiteboards?|projections?|displays?|visuals?|subtitles?|straplines?|signage)`;

/**
 * A label that shows words, all that stands before the quotation in its caption: `Slide 7:`,
 * `On screen:`, `Caption:`, `Banner:`, `Handout:`, `Closing slide:`, `Slide 7 title:`,
 * `On-screen text:`, `Slide 12b reads:`. Opening the block, a bracket, or a sentence of a stage
 * direction. Not `Slide 7: Zemlin said` (words after the label make it no label).
 * Example: displayLabelRe.test('*(Slide 7: ') is true.
 */
const displayLabelRe = new RegExp(
  String.raw`(?:^|[([]|[.!?;]\s)[\s*_>-]{0,6}(?:(?:title|opening|closing|final|next|last|holding|on-screen|onscreen)\s)?${displayNoun}` +
    String.raw`(?:\s(?:no\.\s?)?\d{1,3}[a-z]?)?(?:\s(?:title|text|heading|headline|caption|reads|shows))?[\s*_]{0,3}:[\s*_]{0,3}$`,
  'i',
);

/** A dash that opens an attribution after the words (`— Jim Zemlin`): someone's words, no display's. */
const dashRe = /[\u2013\u2014]|--/;

/** How far before and after a quotation its caption is read. */
const window = 120;

/**
 * Whether the quotation from `open` to `close` (the offsets of its marks) gives the words on the
 * writer's own slide, screen, caption, banner or handout: a label that shows words is all that
 * stands before it in its caption (`*(Slide 7: "Find it, fix it, ship it.")*`, `[On screen: "…"]`,
 * `Banner: "…"` opening its paragraph), and nothing after it up to the caption's close reports
 * words (`*(Slide 7: "…" — Jim Zemlin)*`, `"…," said Zemlin`). Not `*(Slide 7: Zemlin said "…")*`.
 * A label after a sentence end counts inside a stage direction (an open bracket or emphasis before
 * it): `*(Walk on. Slide 1: "…")*`. Reads at most `window` characters on each side.
 * Example: with mask '*(Slide 7: "Find it, fix it, ship it.")*', open 10 and close 37, true.
 */
export function isDisplayedText(mask: string, blocks: readonly Block[], open: number, close: number): boolean {
  const bi = firstAtOrAfter(blocks, open + 1, (b) => b.end);
  const block = blocks[bi];
  if (!block || block.start > open) return false;
  const from = Math.max(block.start, open - window);
  const lead = mask.slice(from, open);
  const m = displayLabelRe.exec(lead);
  if (!m) return false;
  // Cut off by the window, the label's "^" is no block start; past a sentence end it must be in a stage direction.
  if (m.index === 0 && m[0][0] !== '(' && m[0][0] !== '[' && from > block.start) return false;
  if (/^[.!?;]/.test(m[0]) && !inStageDirection(mask, block.start, from + m.index)) return false;
  const rest = mask.slice(close + 1, Math.min(block.end, close + 1 + window));
  const end = rest.search(/[)\]]|[.!?](?:\s|$)/);
  const after = end < 0 ? rest : rest.slice(0, end);
  return !dashRe.test(after) && !holdsVerbOfSaying(after);
}

/** How far back from a label a stage direction's opening bracket is looked for: a stage direction is short. */
const directionReach = 200;

/**
 * Whether the block at `blockStart`, up to a label at `at`, leaves a stage direction open: an
 * opening bracket within `directionReach` not closed since, or emphasis that opens the block
 * (`*(Walk on. `, `_Walk on. `).
 * Example: inStageDirection('*(Walk on. Slide 7:', 0, 11) is true.
 */
function inStageDirection(mask: string, blockStart: number, at: number): boolean {
  const before = mask.slice(Math.max(blockStart, at - directionReach), at);
  const opened = Math.max(before.lastIndexOf('('), before.lastIndexOf('['));
  const closed = Math.max(before.lastIndexOf(')'), before.lastIndexOf(']'));
  return opened > closed || /^\s{0,3}[*_]/.test(mask.slice(blockStart, Math.min(at, blockStart + 4)));
}
