import type { ClaimValue } from '../types';

/** The date of a month named alone, with no year and no day: "--01" of "in January" (see `takeBareMonths` in detectClaims). */
const bareMonthDate = /^--\d{2}$/;

/**
 * Whether a value is a month named alone ("OpenAI released GPT-5.3-Codex in January"). It asks
 * for no citation by itself: "in May we will publish the review" states no fact, and a month a
 * fact's verb governs is held against the record by its month alone (see `bareMonthTied`).
 */
export function isBareMonth(value: ClaimValue): boolean {
  return value.kind === 'date' && value.date !== undefined && bareMonthDate.test(value.date);
}
