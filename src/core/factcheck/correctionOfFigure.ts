/**
 * A sentence that corrects a figure of the sentence before without naming what the figure is of:
 * "The correct figure is nearly 30,000.", "The actual number was 3,000.", "Its true date is 7
 * April." It takes its subject and its cue from the sentence it corrects ("Our 9 April check of
 * the leak said Anthropic left 300 unpublished assets exposed."), so its figure is checked as that
 * sentence's would be.
 */
const correctionOfFigureRe = /(?:the|its)\s(?:correct|actual|true|right|accurate|real)\s[\p{L}-]{1,24}\s(?:[\p{L}-]{1,24}\s)?(?:is|was|are|were)\b/iuy;
/** What may stand before the sentence's first word: white space, emphasis marks, opening marks. */
const leadRe = /[\s*_"“(]{0,8}/y;

/**
 * Whether the sentence at `offset` opens as such a correction.
 * Example: opensCorrectionOfFigure('The correct figure is nearly 30,000.', 0) → true;
 * opensCorrectionOfFigure('The figure is nearly 30,000.', 0) → false.
 */
export function opensCorrectionOfFigure(text: string, offset: number): boolean {
  leadRe.lastIndex = offset;
  leadRe.test(text);
  correctionOfFigureRe.lastIndex = leadRe.lastIndex;
  return correctionOfFigureRe.test(text);
}
