import type { EntityMention } from '../types';
import { mentionsIn } from '../entities/mentionsIn';
import { speakerKinds } from './verbCredits';

/**
 * A pull quote credited on its own line with a dash, as newsletters and slides set it:
 * `"We did not feel comfortable releasing this generally." — Dario Amodei, CNN [1]`. The dash
 * credit reads as a block quote's attribution line does (`— Name, Outlet [3]` under `>` lines):
 * the name at its head is the speaker.
 */

/**
 * After the quotation's closing mark: emphasis, a citation marker, then the dash (an em, en or
 * horizontal-bar dash, "--", or a hyphen between spaces), then its spaces.
 */
export const dashAfterRe = /[ \t*_]*(?:\[[^\]\r\n]{1,40}\][ \t*_]*)?(?:(?:—|―|–|--)|(?<=[ \t])-(?=[ \t]))[ \t*_]*/y;

/** The head of the credit: up to a comma, a bracket, a semicolon or the line's end. */
const headEndRe = /[,;([\r\n]/;
/** How long a credit's head may be: a name with its titles ("Anthropic CEO Dario Amodei"). */
const maxHead = 80;

/** A word of a name or a title: a capital first ("Dario", "CEO", "O’Neill", "Jean-Luc"). */
const nameWordRe = /^\p{Lu}[\p{L}\p{N}'’.&-]*$/u;
/** Small words names and titles hold ("Secretary of Defense", "Ursula von der Leyen"). */
const nameGlue: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'da', 'del', 'van', 'von', 'der', 'le', 'la']);

/**
 * The speakers a dash credit right after the inline quotation ending at `quoteEnd` (a document
 * offset, past its closing mark) names at its head, when that head holds nothing but a name and its
 * titles ("— Dario Amodei, CNN [1]", "– Anthropic CEO Dario Amodei"); none for a dash that goes on
 * with prose ("— Dario Amodei never said it", "— a claim the company repeated").
 */
export function dashCredit(text: string, quoteEnd: number, entities: readonly EntityMention[]): EntityMention[] {
  dashAfterRe.lastIndex = quoteEnd;
  const dash = dashAfterRe.exec(text);
  if (!dash) return [];
  const from = quoteEnd + dash[0].length;
  const window = text.slice(from, from + maxHead + 1);
  const cut = headEndRe.exec(window);
  const headLength = cut ? cut.index : window.length;
  if (headLength > maxHead) return [];
  const head = window.slice(0, headLength).replace(/[*_]+/g, ' ').trim().replace(/\.$/, '');
  const words = head.split(/\s+/);
  if (!head || !words.every((w) => nameWordRe.test(w) || nameGlue.has(w))) return [];
  return mentionsIn(entities, from, from + headLength).filter((e) => speakerKinds.has(e.kind) && e.span.end <= from + headLength);
}
