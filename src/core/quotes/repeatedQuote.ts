import type { Quotation } from '../types';

/**
 * A word of quoted text, for comparing quotations: letters and digits, with an apostrophe inside
 * ("Anthropic's", "we’ve"). `"Not comfortable releasing it to anyone."` gives not, comfortable,
 * releasing, it, to, anyone.
 */
const quotedWordRe = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** A quotation's words, lower-cased, curly apostrophes made straight. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(quotedWordRe) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** How many sourced quotations are compared with a repeated one, by its rarest word: a bound on the work per quotation. */
const maxCandidates = 16;

/**
 * The sourced quotations of a document, indexed by their words, to tell a quotation that repeats
 * words the document has already quoted and sourced: in `**Claim:** "… Mythos escaped its sandbox and
 * hid what it did …" — Instagram post [15]` followed by `But "escaped its sandbox" describes
 * something no document reports.`, the second quotation is a re-mention of the first, which cites
 * it. All of its words must stand in order, together, in one sourced quotation that comes before it
 * (normalised: case, punctuation and apostrophes aside); sharing some words is not enough. Built once
 * per analysis; a question compares at most `maxCandidates` quotations, those holding its rarest word.
 */
export class SourcedQuotations {
  /** For each word, the sourced quotations that hold it, by index into `texts`. */
  private readonly byWord = new Map<string, number[]>();
  /** Each sourced quotation's words joined by spaces, with a space at each end, and where it starts. */
  private readonly texts: { readonly words: string; readonly start: number }[] = [];

  /**
   * `reviewed`: the words a table's claim under review quotes (`| "…not comfortable releasing it to
   * anyone" | Missing context | [5] |`), which are no quotations of their own (see `unassertedCells`)
   * but which a document may mention again as the claim's words.
   */
  constructor(quotes: readonly Pick<Quotation, 'sourced' | 'text' | 'span'>[], reviewed: readonly Pick<Quotation, 'text' | 'span'>[] = []) {
    const all = reviewed.length ? [...quotes, ...reviewed.map((r) => ({ ...r, sourced: true }))] : quotes;
    for (const q of [...all].sort((a, b) => a.span.start - b.span.start)) {
      if (!q.sourced) continue;
      const words = wordsOf(q.text);
      if (!words.length) continue;
      const at = this.texts.length;
      this.texts.push({ words: ` ${words.join(' ')} `, start: q.span.start });
      for (const w of new Set(words)) {
        const list = this.byWord.get(w);
        if (list) list.push(at);
        else this.byWord.set(w, [at]);
      }
    }
  }

  /**
   * Whether every word of `q`, in order, stands in a sourced quotation that starts before it:
   * `"escaped its sandbox"` after `"Anthropic ADMITS Mythos escaped its sandbox and hid …" [15]`;
   * not the first mention, nor `"escaped the lab"`, which shares only a word.
   */
  repeats(q: Quotation): boolean {
    if (!this.texts.length) return false;
    const words = wordsOf(q.text);
    if (!words.length) return false;
    let rarest: number[] | undefined;
    for (const w of words) {
      const list = this.byWord.get(w);
      if (!list) return false;
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const phrase = ` ${words.join(' ')} `;
    let compared = 0;
    for (const at of rarest!) {
      const sourced = this.texts[at];
      if (sourced.start >= q.span.start) break;
      if (++compared > maxCandidates) return false;
      if (sourced.words.includes(phrase)) return true;
    }
    return false;
  }
}
