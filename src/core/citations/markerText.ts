/**
 * A marker's label as the text writes it, for messages and cards: "[7]", "[^note]", "[@key]",
 * and an author-year citation in round brackets, "(Anthropic 2026a)". Labels of the first
 * three kinds open with a digit, `^` or `@`; an author-year label opens with a name.
 */
export function markerText(label: string): string {
  const c = label.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 94 /* ^ */ || c === 64 /* @ */ ? `[${label}]` : `(${label})`;
}
