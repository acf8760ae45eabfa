/**
 * Figures written the Indian way, for a quick fix that keeps the writer's form: digits grouped
 * in lakhs and crores ("2,50,000") and amounts scaled by "lakh" or "crore" ("USD 20 crore").
 */

/** Digits grouped the Indian way: the last three apart, pairs before them ("2,50,000", "20,00,00,000"). */
export const indianGroupsRe = /\d{1,2}(?:,\d{2})+,\d{3}(?!\d)/;

/** A figure scaled by an Indian scale word, and that word ("40 lakh", "1.5 crores", "2 Lacs"). */
const indianScaleRe = /\d\s*(lakhs?|lacs?|crores?)\b/i;

const lakh = 1e5;
const crore = 1e7;

/** `n` with its whole part grouped the Indian way: 250000 → "2,50,000", 200000000 → "20,00,00,000", 1234.5 → "1,234.5". */
export function indianGrouping(n: number): string {
  const [whole, fraction] = String(Math.round(n * 100) / 100).split('.');
  const last = whole.slice(-3);
  let head = whole.slice(0, -3);
  const pairs: string[] = [];
  for (; head.length > 2; head = head.slice(0, -2)) pairs.unshift(head.slice(-2));
  if (head) pairs.unshift(head);
  pairs.push(last);
  return `${pairs.join(',')}${fraction ? `.${fraction}` : ''}`;
}

/** Rounded to two decimals, with no trailing zeros: 20 → "20", 2.5 → "2.5". */
function short(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * The word for the scale `factor` in the way `written` writes its own: its spelling ("lac" or
 * "lakh"), its plural "s" and its capital kept.
 */
function scaleWordLike(written: string, factor: number): string {
  const lower = written.toLowerCase();
  const plural = lower.endsWith('s') ? 's' : '';
  const sameKind = (factor === crore) === lower.startsWith('crore');
  const word = sameKind ? written : factor === crore ? `crore${plural}` : `${lower.startsWith('lac') ? 'lac' : 'lakh'}${plural}`;
  return !sameKind && /^[A-Z]/.test(written) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * The amount `n` in the Indian scale `text` writes its figure in, when it writes one: "USD 25
 * crore" against $200 million → "20 crore", "40 lakh" against 4 million → "40 lakh", "2 crore"
 * against 4 million → "40 lakh" (a crore is ten million: below one, lakhs count it). Undefined
 * when the text uses no such scale, or `n` is less than a lakh.
 */
export function inIndianScale(text: string, n: number): string | undefined {
  const written = indianScaleRe.exec(text);
  if (!written || n < lakh) return undefined;
  const factor = n >= crore ? crore : lakh;
  return `${short(n / factor)} ${scaleWordLike(written[1], factor)}`;
}
