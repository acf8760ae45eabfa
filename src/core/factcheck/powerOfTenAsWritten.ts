import { powerOfTenRe } from '../claims/powerOfTen';

/**
 * A figure on record written as a power of ten, the way the text wrote its own: "10^26" →
 * "10^25", "2.1 × 10^25" → "3.2 × 10^25", "10²⁶" → "10²⁵", "1e26" → "1e25". A compute threshold
 * written out in full ("10,000,000,000,000,000,000,000,000") is a figure nobody can read, and
 * the digits of "10" in "10^26" are no figure of their own to replace.
 */

/** How a text writes a power of ten (see powerOfTenRe). */
export interface PowerNotation {
  /** What stands between the mantissa and "10" (" × ", "x", "·"), or "e"/"E" for "2.1e25"; undefined for "10^26" with no mantissa. */
  readonly times?: string;
  /** How the exponent is written: after "^", "**" or "^{…}", in superscript digits, or after "e". */
  readonly exponent: 'caret' | 'stars' | 'braces' | 'superscript' | 'e';
  /** The "+" an exponent after "e" was written with ("2.5e+24"). */
  readonly plus: boolean;
  /** The length of the figure at the start of the text. */
  readonly length: number;
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The power-of-ten notation of the figure that opens `text` ("2.1 × 10^25 FLOP"), if it is one. */
export function powerNotationOf(text: string): PowerNotation | undefined {
  powerOfTenRe.lastIndex = 0;
  const m = powerOfTenRe.exec(text);
  powerOfTenRe.lastIndex = 0;
  if (!m || m.index !== 0) return undefined;
  const figure = m[0];
  if (m[4] !== undefined) return { times: /[eE]/.exec(figure)![0], exponent: 'e', plus: m[4].startsWith('+'), length: figure.length };
  const ten = m[1] !== undefined ? figure.indexOf('10', m[1].length) : 0;
  const times = m[1] !== undefined ? figure.slice(m[1].length, ten) : undefined;
  const after = figure.slice(ten + 2);
  const exponent = after.startsWith('**') ? 'stars' : after.startsWith('^{') ? 'braces' : after.startsWith('^') ? 'caret' : 'superscript';
  return { times, exponent, plus: false, length: figure.length };
}

/** `e` as the notation writes an exponent: "^25", "**25", "^{25}", "²⁵", "e25". */
function exponentAs(e: number, notation: PowerNotation): string {
  switch (notation.exponent) {
    case 'superscript':
      return `${e < 0 ? '⁻' : ''}${[...String(Math.abs(e))].map((d) => superscripts[Number(d)]).join('')}`;
    case 'e':
      return `${notation.times}${e >= 0 && notation.plus ? '+' : ''}${e}`;
    case 'stars':
      return `**${e}`;
    case 'braces':
      return `^{${e}}`;
    case 'caret':
      return `^${e}`;
  }
}

/** The notation a message writes a large figure on record in when the text gives none: "10^25", "3.2 × 10^25". */
export const caretNotation: PowerNotation = { exponent: 'caret', plus: false, length: 0 };

/**
 * `n` in the notation: its mantissa and exponent as scientific notation has them ("3.2", 25),
 * "10^25" for a mantissa of one when the text wrote none, "1 × 10^25" when it did. Undefined
 * for a figure too small to write so (below a thousand): the caller writes it in figures.
 */
export function inPowerNotation(n: number, notation: PowerNotation): string | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const [mantissa, exp] = n.toExponential().split('e');
  const e = Number(exp);
  if (Math.abs(e) < 3) return undefined;
  if (notation.exponent === 'e') return `${mantissa}${exponentAs(e, notation)}`;
  if (notation.times === undefined && mantissa === '1') return `10${exponentAs(e, notation)}`;
  return `${mantissa}${notation.times ?? ' × '}10${exponentAs(e, notation)}`;
}

/** The figure on record in place of the power of ten that opens `text`, the rest of the text kept ("10^26 FLOP" → "10^25 FLOP"). */
export function powerOfTenAsWritten(text: string, n: number): string | undefined {
  const notation = powerNotationOf(text);
  if (!notation) return undefined;
  const figure = inPowerNotation(n, notation);
  return figure === undefined ? undefined : `${figure}${text.slice(notation.length)}`;
}
