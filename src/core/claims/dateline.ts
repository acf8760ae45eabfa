/**
 * A press release's dateline at the start of a paragraph: "WASHINGTON, April 9, 2026
 * /PRNewswire/ --", "SAN FRANCISCO--(BUSINESS WIRE)--April 9, 2026--", "LONDON, 9 April 2026 —",
 * "Washington, D.C., April 9, 2026 /PRNewswire/ –". It gives the date the release went out, not
 * the date of anything the release reports ("… today welcomed Anthropic's announcement of Project
 * Glasswing" dates the welcome, not the announcement), so its date is no figure of a claim.
 * A place in capitals is a dateline's; a place in ordinary case is one only with a wire's tag
 * ("/PRNewswire/", "(Reuters)"): "Anthropic, April 7, 2026 — announced …" in a timeline is not.
 * Read with sticky patterns, one step after another, from the paragraph's first character.
 */

/** A place in capitals, up to four words: "WASHINGTON", "SAN FRANCISCO", "D.C.". */
const capsPlace = /[*_]{0,3}\p{Lu}[\p{Lu}.'’-]{0,30}(?:[ \t]+\p{Lu}[\p{Lu}.'’-]{0,30}){0,3}(?![\p{L}\p{N}])/uy;

/** A place in any case, up to four capitalised words: "Washington", "Calif.", "New York". */
const anyPlace = /[*_]{0,3}\p{Lu}[\p{L}.'’-]{0,30}(?:[ \t]+\p{Lu}[\p{L}.'’-]{0,30}){0,3}(?![\p{L}\p{N}])/uy;

/** A comma between the parts of the place, or before the date. */
const comma = /,[ \t]{0,8}/y;

/** A wire service's tag, with the dashes around it: "--(BUSINESS WIRE)--", " /PRNewswire/ ", "(Reuters)". */
const wireTag = /[ \t]{0,8}(?:-{1,2}|—|–)?[ \t]{0,8}(?:\/[^/\r\n]{2,40}\/|\([^()\r\n]{2,40}\))[ \t]{0,8}(?:-{1,2}|—|–)?[ \t]{0,8}/y;

/** An opening bracket before the date: "WASHINGTON, D.C. (April 9, 2026) –". */
const openBracket = /[ \t]{0,8}\([ \t]{0,8}/y;

const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';

/** The date: "April 9, 2026", "9 April 2026", "April 9", "2026-04-09". */
const date = new RegExp(`(?:${month}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\t]+\\d{4})?|\\d{1,2}[ \\t]+${month},?[ \\t]+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?![\\p{L}\\p{N}])`, 'uy');

/** What closes the date: a bracket, emphasis. */
const afterDate = /\)?[*_]{0,3}/y;

/** The dash that ends a dateline: "--", "—", "–", or a hyphen between spaces. */
const dash = /[ \t]{0,8}(?:--|—|–)|[ \t]{1,8}-(?=[ \t])/y;

/** Matches the sticky `re` at `at` of `text`: the end of the match, or -1. */
function step(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * A release's handling line on a line of its own above the dateline: "FOR IMMEDIATE RELEASE",
 * "EMBARGOED UNTIL 00:01 BST 21 APRIL 2026", "**For immediate release**". Its date, if any, is the
 * release's own, as the dateline's is.
 */
const handlingLine = /[*_]{0,3}(?:for[ \t]+immediate[ \t]+release|embargoed[ \t][^\n]{1,80}|not[ \t]+for[ \t]+(?:publication|release|distribution)[^\n]{0,80})[ \t]*\r?\n/iy;

/** How far a dateline may run from its paragraph's start (past a handling line). */
const maxLength = 260;

/**
 * The end of the dateline that opens `text` at `start` (the end of its date and wire tag, before
 * the dash), or -1 when none does. Example: `datelineEnd('WASHINGTON, April 9, 2026 /PRNewswire/
 * -- The …', 0)` is 38, the end of "/PRNewswire/ ".
 */
export function datelineEnd(text: string, start: number): number {
  const head = text.slice(start, start + maxLength);
  const from = Math.max(0, step(handlingLine, head, 0));
  let at = step(capsPlace, head, from);
  const caps = at >= 0;
  if (!caps) at = step(anyPlace, head, from);
  if (at < 0) return -1;
  let wire = false;
  // The rest of the place ("…, D.C.", "…, Calif."), then what stands before the date.
  for (let parts = 0; ; parts++) {
    const bracket = step(openBracket, head, at);
    if (bracket >= 0 && step(date, head, bracket) >= 0) {
      at = bracket;
      break;
    }
    const tagged = step(wireTag, head, at);
    if (tagged >= 0) {
      wire = true;
      at = tagged;
      break;
    }
    const c = step(comma, head, at);
    if (c < 0) return -1;
    at = c;
    if (parts >= 2 || step(date, head, at) >= 0) break;
    const place = step(anyPlace, head, at);
    if (place < 0) return -1;
    at = place;
  }
  at = step(date, head, at);
  if (at < 0) return -1;
  at = step(afterDate, head, at);
  const tagged = step(wireTag, head, at);
  if (tagged >= 0) {
    wire = true;
    at = tagged;
  }
  if (!caps && !wire) return -1;
  // The wire tag may hold the dash itself ("--(BUSINESS WIRE)--"); otherwise one must follow.
  const dashed = step(dash, head, at);
  if (dashed < 0 && !(wire && /[-—–]$/.test(head.slice(0, at).trimEnd()))) return -1;
  return start + at;
}
