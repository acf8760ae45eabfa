/** `s` with the characters that mean something in a regular expression escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
