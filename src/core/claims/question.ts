/** Emphasis marks that may close a sentence after its last word: "**Did it?**". */
const emphasis = new Set(['*', '_', '~']);

/** The end of a sentence's own words: before trailing spaces, citation markers ("[1]", "[^2]", "[@key]") and emphasis marks. */
function endOfWords(text: string): number {
  let i = text.length;
  for (;;) {
    const c = text[i - 1];
    if (c === undefined) return 0;
    if (emphasis.has(c) || /\s/u.test(c)) i--;
    else if (c === ']') {
      const open = text.lastIndexOf('[', i - 2);
      if (open < 0 || i - open > 80 || text.slice(open, i).includes('\n')) return i;
      i = open;
    } else return i;
  }
}

/**
 * Whether a sentence is a question of the writer's own: its last word, before citation markers
 * and emphasis, ends in "?". A question inside a quotation ('He asked: "Was it $40 million?"')
 * or a bracket ("…$100 million (or did it?)") is not the sentence's, which still asserts.
 * Example: endsInQuestion('Did Anthropic pledge $40 million?[1]') → true;
 *          endsInQuestion('He asked, "Was it $40 million?"') → false.
 */
export function endsInQuestion(text: string): boolean {
  const last = text[endOfWords(text) - 1];
  return last === '?' || last === '？';
}

/** Characters before a sentence's first word: list and heading marks, a timestamp ("[00:15:47] "); not an @mention's "@". */
const leadingMarks = /^[^\p{L}@]*/u;
/** A speaker label's words before its colon: "Q", "SOLHEIM", "**Senator Graham**", "@tom.k". */
const labelWords = /^@?[\p{L}.'’*_-]+(?:[ \t]+[\p{L}.'’*_-]+){0,3}$/u;
/** An @mention and the spaces or comma after it: "@jonas ", "@tom.k, ". */
const mentionRe = /^@[\p{L}\p{N}._-]+[ \t,]*/u;
/** A word, with a negation glued to it ("Didn't"). */
const wordRe = /^\p{L}+(?:['’]t)?/u;
/** Connectives a question may open on before its verb: "And did …?", "So, is …?". */
const connectives: ReadonlySet<string> = new Set(['and', 'but', 'so', 'or', 'then', 'well', 'now', 'also', 'yet']);

/** A word of a name or a title in a vocative: "Mr.", "Amodei", "Sen.", "O’Neill", "Chair". */
const nameWord = /^\p{Lu}[\p{L}'’-]*\.?$/u;

/**
 * The length of the vocative that opens `rest`, with its comma: one to four capitalised words
 * ("Mr. Amodei, ", "Senator, ", "Madam Chair, "), or 0. A witness is asked a question by name.
 */
function vocativeLength(rest: string): number {
  const comma = rest.indexOf(',');
  if (comma <= 0 || comma > 40) return 0;
  const words = rest.slice(0, comma).split(/[ \t]+/);
  if (words.length > 4 || !words.every((w) => nameWord.test(w))) return 0;
  return comma + 1;
}

/** A sentence's words after its marks and a speaker label ("Q:", "SOLHEIM:", "**SEN. HARTWELL:**", "Priya:"). */
function afterSpeakerLabel(text: string): string {
  let rest = text.slice(leadingMarks.exec(text)![0].length);
  const colon = rest.indexOf(':');
  if (colon > 0 && colon <= 60 && labelWords.test(rest.slice(0, colon))) {
    rest = rest.slice(colon + 1);
    rest = rest.slice(leadingMarks.exec(rest)![0].length);
  }
  return rest;
}

/**
 * The first word of a sentence's own words: after marks, a speaker label ("Q:", "SOLHEIM:",
 * "**SEN. HARTWELL:**"), a connective ("And", "So,") and a vocative ("Mr. Amodei,").
 */
function firstWordOf(text: string): string {
  let rest = afterSpeakerLabel(text);
  // "@jonas can you book …?": the people a chat message is put to, by their handles.
  for (let k = 0; k < 4 && rest.startsWith('@'); k++) {
    const handle = mentionRe.exec(rest);
    if (!handle) break;
    rest = rest.slice(handle[0].length);
  }
  let word = wordRe.exec(rest)?.[0].toLowerCase() ?? '';
  // "So, Mr. Amodei, is it …", "Mr. Amodei, and is it …": a connective and a vocative, in either order.
  for (let k = 0; k < 2 && !auxiliaries.has(word); k++) {
    const skip = connectives.has(word) ? word.length : vocativeLength(rest);
    if (!skip) break;
    rest = rest.slice(skip);
    rest = rest.slice(leadingMarks.exec(rest)![0].length);
    word = wordRe.exec(rest)?.[0].toLowerCase() ?? '';
  }
  return word;
}

/** The verbs a yes-or-no question opens on: "Did …?", "Is it true …?", "Hasn't …?". */
const auxiliaries: ReadonlySet<string> = new Set(
  ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'].flatMap((w) => [w, `${w}n't`, `${w}n’t`]).concat(["don't", 'don’t', "won't", 'won’t', "can't", 'can’t', "shan't", 'shan’t']),
);

/** Pronouns a question tag ends on: "isn't it", "didn't they", "wasn't there". */
const tagPronouns: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'you', 'i', 'there', 'that', 'this']);
/** Words that make a question tag alone or in a pair: "right", "no", "correct", "true", "isn't that so", "don't you think". */
const tagWords: ReadonlySet<string> = new Set(['right', 'no', 'correct', 'true', 'yes', 'yeah', 'ok', 'okay', 'eh', 'surely', 'innit']);
/** The words of the clause after a sentence's last comma, up to its "?", in lower case: ", isn't it?" is ["isn't", "it"]. */
const tagRe = /,[ \t]*([\p{L}'’]+(?:[ \t]+[\p{L}'’]+){0,2})[ \t]*[?？]$/u;

/**
 * Whether a sentence ends on a question tag: a word that asks for a yes or a no ("…, right?",
 * "…, no?", "…, correct?", "…, isn't that so?") or an auxiliary and a pronoun ("…, isn't it?",
 * "…, didn't they?", "…, was it?", "…, don't you think?"). "Glasswing launched in Q1 2026, right?"
 * asks whether it did.
 */
function endsOnTag(text: string): boolean {
  const end = endOfWords(text);
  const tag = tagRe.exec(text.slice(Math.max(0, end - 40), end));
  if (!tag) return false;
  const words = tag[1].toLowerCase().split(/[ \t]+/);
  if (words.length === 1) return tagWords.has(words[0]);
  // "isn't that so", "don't you think", "isn't it", "didn't they", "was it not".
  if (!auxiliaries.has(words[0]) || !tagPronouns.has(words[1])) return false;
  return words.length === 2 || words[2] === 'so' || words[2] === 'not' || words[2] === 'think';
}

/**
 * Whether a sentence is a yes-or-no question of the writer's own, which asserts nothing: "Did
 * Anthropic really pledge $40 million?[1]", a heading "Did Mythos score 93.9% on CyberGym?",
 * "Q: Is it true the bug survived 50 million runs?". Its figures are no claims, checked against
 * nothing and needing no citation. A question on "why", "what", "how" takes its figures for
 * granted ("Why did Anthropic pledge $40 million?", "With 126 staff, why can it not decide?")
 * and is checked as a claim.
 * Example: isYesNoQuestion('Did Anthropic pledge $40 million?') → true;
 *          isYesNoQuestion('Why did Anthropic pledge $40 million?') → false.
 */
export function isYesNoQuestion(text: string): boolean {
  if (!endsInQuestion(text)) return false;
  return auxiliaries.has(firstWordOf(text.slice(0, 200))) || endsOnTag(text) || isCheckBack(text);
}

/**
 * A word that asks for something other than a yes or a no ("what", "why", "how much", "which",
 * "whose").
 */
const asksWh = /\b(?:what|why|how|when|where|which|who|whom|whose|whatever|wherever|whenever)\b/i;
/** The most words, after a speaker label, of a short statement put as a question: a check-back in a chat or a transcript. */
const maxCheckBackWords = 6;

/**
 * Whether a sentence that ends in "?" is a short statement put as a question, as a chat reply
 * or a speaker checks back ("Priya: I thought 200?", "So it was $40 million?"): it asks whether
 * it is so and asserts nothing. Not with a word that asks for something else ("How much, 200?"),
 * nor a longer statement, whose "?" may be a doubt of the writer's own ("The card runs to 300
 * pages, it says?").
 */
function isCheckBack(text: string): boolean {
  // Counted as with LF line breaks: a CRLF must not make a word, nor shorten the window.
  const words = afterSpeakerLabel(text.slice(0, 240).replace(/\r\n?/g, '\n').slice(0, 120)).slice(0, 80).split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= maxCheckBackWords && !asksWh.test(text);
}

/**
 * A verb that puts an indirect question and the "whether" or "if" that opens it, perhaps past
 * the person it is put to: "asked whether", "wondered if", "asked Anthropic whether", "asked the
 * team if". Group 1 is the opening word.
 */
const indirectQuestionRe = /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|quer(?:y|ies|ied)|[ei]nquire[sd]?)(?:[ \t]+[\p{L}.'’-]+){0,3}?[ \t]+(whether|if)\b/iu;
/** What ends the indirect question's clause: a semicolon, a dash, or a comma before a new clause ("…, but the team agreed on $250 million"). */
const clauseEndRe = /;|[ \t][—–][ \t]|,[ \t]+(?:and|but|while|whereas|so|which)\b/u;

/**
 * The span of an indirect yes-or-no question in `text`, from its "whether" or "if" to the end
 * of its clause, or undefined: "RM asked whether the contract was worth $200 million or $250
 * million." puts the figures as a question, asserting neither, as "Was it $200 million?" does.
 * Example: indirectQuestionSpan('RM asked whether it was $200 million.') → [9, 36].
 */
export function indirectQuestionSpan(text: string): [number, number] | undefined {
  const m = indirectQuestionRe.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1].length;
  const rest = text.slice(start);
  const end = clauseEndRe.exec(rest);
  return [start, end ? start + end.index : text.length];
}

/** A sentence's words that open on "whether", past list marks, numbering and emphasis: "- whether the Government will …", "Whether it was $40 million …". */
const opensOnWhetherRe = /^[^\p{L}]{0,12}(whether)\b/iu;
/** What ends the clause "whether" opens at the head of a sentence: the indirect question's own ends, or a comma ("Whether or not it scored 90%, the card …"). */
const openingClauseEndRe = /,|;|[ \t][—–][ \t]/u;

/**
 * The span of an indirect yes-or-no question that opens its sentence, from its "whether" to the
 * end of its clause, or undefined: a list item under a lead-in that asks ("Members may wish to
 * ask:" / "Points to raise include:" then "- whether the Government will bring forward the bill
 * first promised on 17 July 2024; and") puts its figures as a question, as "Members may ask
 * whether …" does in prose, and so does a sentence whose subject is one ("Whether the card runs
 * to 300 pages is unclear."). Its clause ends at the first comma, so the main clause after a
 * "Whether or not …," still asserts.
 * Example: openingWhetherSpan('- whether it was $40 million; and') → [2, 30].
 */
export function openingWhetherSpan(text: string): [number, number] | undefined {
  const m = opensOnWhetherRe.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1].length;
  const end = openingClauseEndRe.exec(text.slice(start));
  return [start, end ? start + end.index : text.length];
}
