import type { LineIndex } from '../text/lineIndex';
import type { TextEdit } from '../types';

/**
 * The indefinite article a figure takes as it is read aloud: "an 8-year-old", "an 11-year-old",
 * "an 80% share", "an 18,000-line patch", "an eighty-page report"; "a 16-year-old", "a $4 million
 * gift", "a one-off". Undefined when the text does not open with a figure.
 */
export function articleFor(figure: string): 'a' | 'an' | undefined {
  const digits = /^(\d[\d,]*)/.exec(figure);
  if (digits) {
    let whole = digits[1];
    while (whole.endsWith(',')) whole = whole.slice(0, -1);
    const groups = whole.split(',');
    // What is said first: the leading group of thousands ("11,000" is "eleven thousand").
    const plain = groups.length > 1 ? groups[0] : whole.length <= 3 ? whole : whole.slice(0, whole.length % 3 || 3);
    return plain[0] === '8' || plain === '11' || plain === '18' ? 'an' : 'a';
  }
  if (/^[$£€¥]/.test(figure)) return 'a';
  const word = /^\p{L}+/u.exec(figure)?.[0].toLowerCase();
  if (!word || !numberWordRe.test(word)) return undefined;
  return /^(?:eight|eleven)/.test(word) ? 'an' : 'a';
}

const numberWordRe = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half)/;

/** "a " or "an " (any case) right before `offset`, after a word boundary. */
const articleBeforeRe = /(?:^|[^\p{L}\p{N}])(an?)[ \t]+$/iu;

/**
 * The edit that changes the article before a replaced figure when the new figure is read with the
 * other one ("an 11-year-old" → "a 16-year-old"), keeping the writer's capital; undefined when
 * no article stands there or it fits.
 */
export function articleEdit(text: string, figureStart: number, replacement: string, index: LineIndex): TextEdit | undefined {
  const wanted = articleFor(replacement);
  if (!wanted) return undefined;
  const m = articleBeforeRe.exec(text.slice(Math.max(0, figureStart - 8), figureStart));
  if (!m) return undefined;
  const written = m[1];
  if (written.toLowerCase() === wanted) return undefined;
  const end = figureStart - (m[0].length - m[0].trimEnd().length);
  const start = end - written.length;
  const newText = written[0] === written[0].toUpperCase() ? wanted[0].toUpperCase() + wanted.slice(1) : wanted;
  return { range: index.range(start, end), newText };
}
