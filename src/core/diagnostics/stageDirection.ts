import type { Claim } from '../types';
import { lineAround } from './titleBlockLine';

/**
 * A speaker's stage direction, a bracket alone on its line, perhaps set in emphasis, that opens on
 * what the audience is shown or a cue: "*(Slide 2: OpenBSD logo, the number 27.)*", "(Slide 6:
 * NCSA incident dashboard, 2025.)", "[Video: …]", "*(Pause.)*". It describes the slide, not the world.
 */
const stageDirectionRe =
  /^[ \t*_]{0,3}[([][ \t*_]{0,2}(?:(?:next[ \t]+)?slide|video|image|visual|screen|clip|chart|graphic|cue|click|pause|demo|handout)(?:[ \t]+\d{1,3}[a-z]?)?[ \t]*[:.—–)\]]/iu;
/** The bracket's close at the line's end: ")", "]", past a full stop and emphasis marks. */
const bracketCloseEndRe = /[)\]][ \t*_.]*$/;

/**
 * Whether all of the claim's figures stand on a stage direction's line (see `stageDirectionRe`).
 * Not a figure tied to a fact on record: the caller keeps those. Not a line of prose ("Slide 2
 * shows that 40 partners joined.", no bracket).
 * Example: isStageDirection(claim of "*(Slide 2: OpenBSD logo, the number 27.)*", mask) → true.
 */
export function isStageDirection(claim: Claim, mask: string): boolean {
  if (!claim.values.length) return false;
  const line = lineAround(mask, claim.values[0].span.start);
  if (!line || claim.values.some((v) => v.span.end > line.end || v.span.start < line.start)) return false;
  const text = mask.slice(line.start, line.end);
  return stageDirectionRe.test(text) && bracketCloseEndRe.test(text);
}
