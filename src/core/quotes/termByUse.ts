import type { Block } from '../markdown/structure';
import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';
import { namesAnyIn } from '../entities/mentionsIn';
import { countWords } from '../text/words';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';
import { opensItem } from './titleByPlace';
import { isSetTask } from './setQuestion';

/** How far before a quotation mark its sentence is read. */
const window = 200;

/**
 * What a definition writes right after the defined term: `"Frontier Model Provider" means …`,
 * `"Finding" has the meaning given in …`, `"Services" includes …`, `"X" refers to …`,
 * `"X" is defined as …` (also after a bracketed variant, `"Agency" (or "the Agency") means`).
 */
const definesRe =
  /^[\s*_]*(?:\([^()\n]{0,40}\)\s*)?(?:means|shall mean|has the meaning|shall have the meaning|includes|refers to|is defined as)\b/;
/** A term a bracket defines after what it names: `(the "Agency")`, `("RFT")`, `(each a "Finding")`, `(together, the "Services")`. */
const bracketBeforeRe =
  /\(\s*(?:(?:the|a|an|each|together|collectively|jointly|hereinafter|hereafter|referred to as|defined as|called)[\s,]+){0,3}[*_]{0,2}$/i;
const bracketAfterRe = /^[*_]{0,2}\s*\)/;
/**
 * A defined term's words, as a bracket defines them: a few capitalised words, an abbreviation or a
 * number, with small words between (`"Panel Supplier Organisation"`, `"RFT"`, `"Terms of Use"`); not
 * a sentence someone said (`("We did not feel comfortable releasing it generally")`).
 */
const definedWordsRe = /^[\s*_]*[\p{Lu}\d][\p{L}\d'’&.-]*(?:\s+(?:(?:of|and|for|to|in|on|the|a|an|or|by|with)\s+){0,2}[\p{Lu}\d][\p{L}\d'’&.-]*){0,5}[\s*_]*$/u;

/**
 * A label of a clause of the writer's own document, with its numbering written with points:
 * a requirement's id (`R-4.5`, `SEC-2.1`), `clause 4.2`, `section 3.1(b)`, `s. 7.4(a)`, `§ 7.4`, `para. 2.3`.
 * A bare number ("Section 230", "Article 5") is a law's more often than the document's own and is no label here.
 */
const clauseLabel =
  String.raw`(?:[A-Z]{1,4}-\d{1,3}(?:\.\d{1,3})+|(?:[Cc]lause|[Ss]ection|[Ss]ec\.|s\.|§|[Pp]aragraph|[Pp]ara\.|[Rr]equirement|[Ss]chedule|[Aa]nnex|[Aa]ppendix|[Ii]tem)\s?\d{1,3}(?:\.\d{1,3})+)(?:\([a-z0-9]{1,4}\))*`;
/** What a drafter writes of a version of the document: `proposed`, `draft`, `current`… */
const draftState = String.raw`(?:proposed|draft|revised|amended|current|present|new|attached|enclosed|updated|final)`;
/** A noun a drafter writes for the document: `wording`, `policy`, `contract`, `terms`, `RFT`… (plural too). */
const draftedNoun = String.raw`(?:wording|policy|contract|agreement|terms|conditions|schedule|bill|draft|memo|memorandum|proposal|specification|tender|RFT|RFP|RFQ|ITT|licen[cs]e|deed|lease)s?`;
/**
 * The abbreviations of the contracts and policies a supplier writes for itself, read as the writer's
 * own after "the" too (`the MSA`, `the DPA`, `the VDP`); not another's document by its abbreviation (`the RSP`).
 */
const contractAbbreviation = String.raw`(?:MSA|DPA|SOW|SoW|NDA|SLA|VDP|ToS|TOS|EULA|AUP|MOU|MoU|BAA|T&Cs?)s?`;
/** Any abbreviation of 2–5 capitals, after "our" the writer's own document: `our MSA`, `our VDP`, `our ToS`, `our EULAs`. */
const abbreviation = String.raw`[A-Z](?:[a-z&]?[A-Z]){1,4}s?`;
/** The counterparty an own contract names after it: `our MSA with Meridian`, `the DPA with Acme Health`. */
const counterparty = String.raw`(?: with(?: [A-Z][A-Za-z&]{0,20}){1,2})?`;
/**
 * The writer's own document, as a clause's label names it (`ownClauseRe` gives the words after "of" or
 * "in"): `this RFT`, `this proposed wording`, `the wording`, `our draft contract`, `the proposed policy
 * wording`, `our vulnerability disclosure policy`, `our MSA with Meridian`, `the DPA`. "The" names the
 * document only with a noun a drafter writes for it (wording, policy, contract, terms, bill…) or a
 * contract's abbreviation; "our" also with any words before such a noun, or any abbreviation (one of
 * the fact base is another's, see `termByUse`); not "the system card", "the RSP" nor "Anthropic's usage
 * policy" (another's document).
 * Example: ownDocumentRe.test('the proposed wording') is true; ownDocumentRe.test('our MSA with Meridian') is true;
 * ownDocumentRe.test('the system card') is false.
 */
const ownDocumentRe = new RegExp(
  String.raw`^(?:this (?:${draftState} )?[A-Za-z&]{2,20}` +
    String.raw`|the (?:(?:${draftState}|policy|contract|insurance) ){0,2}(?:${draftedNoun}|${contractAbbreviation})` +
    String.raw`|our (?:[a-z-]{2,20} ){0,3}${draftedNoun}|our (?:${draftState} )?${abbreviation})${counterparty}$`,
);
/**
 * A sentence opening (or a clause after "that", "and", a comma…) on such a label as the subject
 * of a verb that gives its words, up to the quotation mark: `R-4.5 says the Supplier "…`,
 * `R-4.2 is amended to read: "…`, `Clause 4.2 of this RFT now reads "…`, `Clause 4.2 of the proposed
 * wording states "…`; group 1 the document, when named (see `ownDocumentRe`). Not "of the system card"
 * (another document's section).
 */
const ownClauseRe = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\b(?:that|and|but|as|while|whereas|because|since|where|if)\s+)${clauseLabel}` +
    String.raw`(?:\s\((?:as amended|as revised)\))?(?:\s(?:of|in) ((?:this|the|our)(?: [A-Za-z&]{2,20}){1,5}))?` +
    String.raw`\s(?:(?:now|currently|also|still)\s)?(?:says|said|states|stated|provides|provided|reads|read|requires|required|stipulates|specifies|specified|(?:is|was) (?:amended|revised|updated|changed) to read|shall read|will read|(?:is|was) replaced (?:by|with))` +
    String.raw`\b[^"“”«».!?;]{0,80}$`,
);
/**
 * An entry's id in the writer's own register, right before the mark: `R-14 `, `RISK-7 `, `REQ-12 `
 * (capitals, a hyphen, a number), so that the quotation is the entry's title: `note a new principal risk,
 * R-14 "Frontier-AI-enabled cyber attack"`. Not a name of the fact base (`GPT-5 `, see `termByUse`), nor one in lower case.
 * Example: registerIdRe.test('note a new principal risk, R-14 ') is true.
 */
const registerIdRe = /(?:^|[^\p{L}\p{N}.-])[A-Z]{1,6}-\d{1,4}[*_]{0,2}[ \t]$/u;
/** How many words a register entry's title runs to at most. */
const titleWords = 10;
/** Where a sentence ends before the mark: a full stop, question or exclamation mark before a capital, a bracket or emphasis. */
const sentenceEndRe = /[.!?]["”’)]*\s+(?=[\p{Lu}*_(["“])/gu;

/**
 * What may follow a poll's option label in its list item: a colon or a dash and the share or count
 * of answers it drew, `- "Ask me in a year": 12%`, `- "Not sure" — 231 votes (12%)`.
 */
const optionFigureRe =
  /^[*_]{0,3}\s?(?::|\s[—–-])\s*[*_]{0,3}~?\d[\d,]{0,9}(?:\.\d{1,3})?\s?(?:%|percent|votes?|responses?)?[*_]{0,3}(?:\s?\(\s?\d[\d,]{0,9}(?:\.\d{1,3})?\s?(?:%|percent|votes?|responses?)?\s?\))?\.?\s*$/;

/**
 * Whether the quotation marks from `open` to `close` (the offsets of the marks) hold a term by
 * how the sentence uses it, not someone's words:
 * - a term a definition defines: `(a) "Frontier Model Provider" means …`, when no verb of saying
 *   before it in its sentence reports words, or capitalised words a bracket defines, `… provider
 *   (the "Supplier")`, `("RFT")`;
 * - a clause of the writer's own document, quoted by its label: `R-4.5 says the Supplier "…"`,
 *   `R-4.2 is amended to read: "…"` (the document is the source);
 * - a poll's option label, all of its list item but the figure of answers: `- "Ask me in a year": 12%`;
 * - the title of an entry of the writer's own register, after its id: `R-14 "Frontier-AI-enabled cyber attack"`;
 * - a task the document sets, after a label or a clause that sets it: `Essay question: "To what extent
 *   …?"`, `… answering the following question:` over `"…?"` (see `isSetTask`).
 * Built once per analysis; each question reads at most a few hundred characters around the marks.
 */
export function termByUse(
  text: string,
  mask: string,
  blocks: readonly Block[],
  entities: readonly EntityMention[] = [],
): (open: number, close: number) => boolean {
  return (open, close) => {
    const bi = firstAtOrAfter(blocks, open + 1, (b) => b.end);
    const block = blocks[bi];
    if (!block || block.start > open || block.kind !== 'paragraph') return false;
    const after = mask.slice(close + 1, Math.min(block.end, close + 1 + window));
    const before = sentenceBefore(mask, Math.max(block.start, open - window), open);
    if (definesRe.test(after) && !holdsVerbOfSaying(before)) return true;
    if (bracketBeforeRe.test(before) && bracketAfterRe.test(after) && definedWordsRe.test(mask.slice(open + 1, close))) return true;
    const opening = before.trimStart();
    const clause = ownClauseRe.exec(opening);
    if (clause && (clause[1] === undefined || ownDocumentRe.test(clause[1]))) {
      const docStart = open - opening.length + clause.index + clause[0].indexOf(clause[1] ?? '');
      if (clause[1] === undefined || !namesAnyIn(entities, docStart, docStart + clause[1].length)) return true;
    }
    const id = registerIdRe.exec(before);
    if (id && !holdsVerbOfSaying(before) && countWords(mask.slice(open + 1, close)) <= titleWords && !namesAnyIn(entities, open - before.length + id.index, open)) return true;
    if (isSetTask(mask, blocks, bi, before, open, close)) return true;
    return opensItem(text, mask, block, open) && optionFigureRe.test(after);
  };
}

/** The words of the sentence that holds `to`, from its start (at or after `from`) up to `to`. */
function sentenceBefore(mask: string, from: number, to: number): string {
  const before = mask.slice(from, to);
  let start = 0;
  sentenceEndRe.lastIndex = 0;
  for (let m = sentenceEndRe.exec(before); m; m = sentenceEndRe.exec(before)) start = m.index + m[0].length;
  return before.slice(start);
}
