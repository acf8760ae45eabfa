import type { Block } from '../markdown/structure';
import type { TableRows } from '../markdown/tableRows';

/**
 * Labels under which a document states what it does not assert: the "Myth" column of a
 * Myth-vs-Fact table ("| Anthropic is giving away $1 billion. | Up to $100 million in usage
 * credits … |"), a "Misconception", "Rumour", "False claim" or "What people say" column, an
 * "Incorrect" or "Don't write" column of a style guide, and the same words as a sentence's lead-in
 * ("**Myth:** Anthropic is giving away $1 billion."). Their figures are written false on purpose:
 * they are neither checked nor asked for a citation. A "Claim" or "Statement" column is one only
 * beside a column that gives the truth ("| Claim | Verdict |", "| Statement | Fact |"): in "| Claim
 * | Evidence |" the document asserts its claims.
 */

/** Words that label what is not asserted, anywhere in the label: "Myth", "Common misconceptions", "What people say". */
const unassertedWords =
  /(?:^| )(?:myths?|misconceptions?|misbeliefs?|misunderstandings?|rumou?rs?|fictions?|falsehoods?|hoax(?:es)?|misinformation|disinformation|false claims?|claims? false|(?:people|they|critics|some|others) (?:say|said|think|believe|claim)|you (?:may |might )?(?:have |ve )?heard|(?:common|popular) beliefs?)(?= |$)/;

/** Labels that say so only as the whole label: "Incorrect", "False", "Don't write", "Avoid". */
const unassertedAlone = /^(?:incorrect|false|untrue|wrong|avoid|don t (?:say|write)|do not (?:say|write)|not this)$/;

/** Labels of what is checked, which a column giving the truth beside them makes unasserted: "Claim", "Statement". */
const checkedWords = /^(?:the )?(?:claims?|statements?|assertions?|allegations?|what was said)$/;

/**
 * A fact-check's label of the claim it reviews, as a lead-in or a heading's opening (not as a
 * column, where "Claim" needs a "Verdict" beside it): "Claim", "Claim 1", "Claim #3" ("claim 3"
 * once normalised), "The claim", "Viral claim", "Claim under review".
 */
const reviewedClaim = /^(?:the |a |viral |disputed |popular )?claims?(?: under review| checked)?(?: (?:no )?\d{1,3}[a-z]?)?$/;

/** Labels of the truth: "Fact", "Reality", "Verdict", "What's true". */
const truthWords = /(?:^| )(?:facts?|reality|realities|truth|true|correct|accurate|verdict|rating|correction|actually|right|on record)(?= |$)/;

/** A label lower-cased, with its marks and emphasis made spaces ("**Myth ❌**" → "myth"). */
function normalise(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether a label alone says what stands under it is not asserted ("Myth", "Incorrect"). */
export function labelsUnasserted(label: string): boolean {
  const words = normalise(label);
  if (!words || words.length > 60 || truthWords.test(words)) return false;
  return unassertedWords.test(words) || unassertedAlone.test(words);
}

/** Whether a label names what is checked ("Claim"), which is unasserted beside a label of the truth. */
function labelsChecked(label: string): boolean {
  return checkedWords.test(normalise(label));
}

/** Whether a label gives the truth ("Fact", "Verdict"): its cells answer the claim beside them, and read it. */
export function labelsTruth(label: string): boolean {
  const words = normalise(label);
  return words.length <= 60 && truthWords.test(words);
}

/**
 * A lead-in that opens a sentence and labels it unasserted: "**Myth:** …", "Misconception: …",
 * "_What people say:_ …". The label is the text before the colon, up to 40 characters.
 */
const leadIn = /[ \t]{0,8}[*_]{0,3}([^:*_\r\n]{2,40})[*_]{0,3}:[*_]{0,3}[ \t]/y;

/**
 * Whether the sentence text[start, end) opens on a lead-in that labels it unasserted ("**Myth:**
 * Anthropic is giving away $1 billion.", a fact-check's "**Claim:** …" and "## Claim 1: Mythos
 * scored 98% on CyberGym", which state the claim under review). Not "False:" or "Incorrect:",
 * which as a lead-in give a verdict and then the truth ("False: up to $100 million"). Read in
 * place: it runs on every sentence.
 */
export function opensOnUnassertedLabel(text: string, start: number, end: number, givesVerdicts = false): boolean {
  leadIn.lastIndex = start;
  const m = leadIn.exec(text);
  if (!m || leadIn.lastIndex > end) return false;
  const words = normalise(m[1]);
  return !truthWords.test(words) && (unassertedWords.test(words) || (givesVerdicts && reviewedClaim.test(words)));
}

/**
 * Whether a document gives verdicts on claims, as a fact-check does: a "Verdict:", "Rating:" or
 * "Ruling:" label, or such a column ("| Claim | Verdict |"). Only then does a "Claim:" label
 * state a claim under review: in an argument map ("**Claim:** Glasswing has 15 founding
 * partners.", "**Evidence:** …") the document asserts its claims. One scan of the document.
 */
export function givesVerdicts(text: string): boolean {
  return verdictLabel.test(text);
}

/** A label of a verdict, before a colon or a table's bar: "Verdict:", "**Verdict: False**", "| Rating |", "Our ruling:". */
const verdictLabel = /\b(?:verdicts?|ratings?|rulings?)[*_ \t]{0,4}[:|]/i;

/**
 * The table cells (block indices) under a header that labels them unasserted (see above): a
 * "Myth" column, or a "Claim" column beside a "Fact" or "Verdict" column. Each table's header is
 * read once.
 */
export function unassertedCells(rows: TableRows, blocks: readonly Block[], text: string): ReadonlySet<number> {
  const out = new Set<number>();
  const columnsOf = new Map<object, ReadonlySet<number>>();
  const headerText = (b: number) => text.slice(blocks[b].start, blocks[b].end);
  for (const row of rows.all) {
    const header = row.header;
    if (!header) continue;
    let columns = columnsOf.get(header);
    if (!columns) {
      const labels = header.cells.map(headerText);
      const truth = labels.some(labelsTruth);
      const found = new Set<number>();
      header.cells.forEach((_, k) => {
        if (labelsUnasserted(labels[k]) || (truth && labelsChecked(labels[k]))) found.add(header.columns[k]);
      });
      columnsOf.set(header, (columns = found));
    }
    if (!columns.size) continue;
    row.cells.forEach((cell, k) => {
      if (columns.has(row.columns[k])) out.add(cell);
    });
  }
  return out;
}
