import { spellingKey } from './spellingVariants';

/**
 * A compound written closed, with a hyphen or the other way round is one word, as a British or an
 * American spelling is: "pre-emptively" quotes "preemptively", "co-operate" "cooperate", "e-mail"
 * "email". No dictionary says which words are compounds; the reference words (the words on record)
 * do: a quotation's hyphen-joined words are read as one word when the reference writes them as one,
 * and a quotation's word is read as the hyphen-joined words the reference writes in its place.
 * Words the reference keeps apart stay apart ("supply-chain risk" quotes "supply chain risk").
 */

/** A word as the matcher reads it: its normalised form, and where it stands in its text. */
export interface CompoundToken {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** How the reference words write their compounds. */
export interface CompoundForms {
  /** Every normalised word of the reference: a closed compound among them is one word. */
  readonly closed: ReadonlySet<string>;
  /** The reference's hyphen-joined words, by the normalised word they make closed: "preemptively" → ["pre", "emptively"]. */
  readonly hyphened: ReadonlyMap<string, readonly string[]>;
}

/** The most words one hyphenated compound joins ("state-of-the-art"). */
const maxParts = 4;

/** Whether `text` joins the words `a` and `b` with a hyphen and nothing else: "pre-emptively". */
function hyphenJoined(text: string, a: CompoundToken, b: CompoundToken): boolean {
  return b.start === a.end + 1 && text.charCodeAt(a.end) === 0x2d;
}

/** The normalised word that `tokens[from..to]` make written closed: "pre", "emptively" → "preemptively". */
function closedForm(text: string, tokens: readonly CompoundToken[], from: number, to: number): string {
  let joined = '';
  for (let k = from; k <= to; k++) joined += text.slice(tokens[k].start, tokens[k].end).toLowerCase();
  return spellingKey(joined.replaceAll('’', "'"));
}

/**
 * How the reference texts write their compounds, from their tokens.
 * Example: compoundForms([{ text: 'co-operate', tokens }]).hyphened.get('cooperate') is ['co', 'operate'].
 */
export function compoundForms(texts: readonly { readonly text: string; readonly tokens: readonly CompoundToken[] }[]): CompoundForms {
  const closed = new Set<string>();
  const hyphened = new Map<string, readonly string[]>();
  for (const { text, tokens } of texts) {
    for (let i = 0; i < tokens.length; i++) {
      closed.add(tokens[i].norm);
      let j = i;
      while (j + 1 < tokens.length && j - i + 1 < maxParts && hyphenJoined(text, tokens[j], tokens[j + 1])) j++;
      if (j > i && (i === 0 || !hyphenJoined(text, tokens[i - 1], tokens[i]))) {
        hyphened.set(closedForm(text, tokens, i, j), tokens.slice(i, j + 1).map((t) => t.norm));
      }
    }
  }
  return { closed, hyphened };
}

/**
 * `tokens` of `text` with their compounds written as `forms` writes them: hyphen-joined words
 * the reference writes closed become one word (spanning them), and a word the reference writes
 * hyphen-joined becomes its parts (each part a slice of the word, the last one to its end).
 * Example: with a reference holding "preemptively", the tokens of "pre-emptively alter" read
 * "preemptively", "alter"; with one holding "pre-emptively", those of "preemptively" read "pre", "emptively".
 */
export function asReferenceCompounds(text: string, tokens: readonly CompoundToken[], forms: CompoundForms): CompoundToken[] {
  const out: CompoundToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && j - i + 1 < maxParts && hyphenJoined(text, tokens[j], tokens[j + 1])) j++;
    // The longest run from here the reference writes as one word.
    let merged = false;
    for (let k = j; k > i; k--) {
      const norm = closedForm(text, tokens, i, k);
      if (!forms.closed.has(norm)) continue;
      out.push({ norm, start: tokens[i].start, end: tokens[k].end });
      i = k;
      merged = true;
      break;
    }
    if (merged) continue;
    const t = tokens[i];
    const parts = j === i && !forms.closed.has(t.norm) ? forms.hyphened.get(t.norm) : undefined;
    if (!parts) {
      out.push(t);
      continue;
    }
    let at = t.start;
    parts.forEach((norm, k) => {
      const end = k === parts.length - 1 ? t.end : Math.min(t.end - 1, at + norm.length);
      out.push({ norm, start: at, end });
      at = end;
    });
  }
  return out;
}
