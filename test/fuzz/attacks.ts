/**
 * Hostile input for the ReDoS and robustness tests: classic attack strings (runs of the
 * characters the scanners and regular expressions care about) and the places in a draft
 * where each can stand, since a pattern only sees the text its stage hands it.
 */

export interface Context {
  readonly name: string;
  readonly wrap: (s: string) => { text: string; bibliography?: string };
}

const t = (f: (s: string) => string) => (s: string) => ({ text: f(s) });

export const contexts: readonly Context[] = [
  { name: 'document', wrap: t((s) => s) },
  { name: 'paragraph', wrap: t((s) => `Anthropic said on April 7, 2026 that ${s} was 83.1%.[1]\n`) },
  { name: 'quotation', wrap: t((s) => `Logan Graham told CNN: “we did not ${s} feel comfortable” today.[1]\n`) },
  { name: 'block quote', wrap: t((s) => `Intro.[1]\n\n> ${s}\n— Logan Graham, CNN [1]\n`) },
  { name: 'list item', wrap: t((s) => `- ${s}\n- second\n`) },
  { name: 'heading', wrap: t((s) => `## ${s}\n\nText.\n`) },
  { name: 'table cell', wrap: t((s) => `| a | b |\n|---|---|\n| ${s} | 83.1% |\n`) },
  { name: 'references item', wrap: t((s) => `Text [1].\n\n## References\n\n1. ${s}\n`) },
  { name: 'footnote definition', wrap: t((s) => `Text [^1].\n\n[^1]: ${s}\n`) },
  // With an author-year bibliography, brackets are read as citations and may end a sentence after its closing mark.
  { name: 'author-year paper', wrap: t((s) => `It said "so it was." (Anthropic 2026a) ${s} (CNN, 2026).\n\n## References\n\n- Anthropic. 2026a. "Title."\nCNN. 2026. Report.\n`) },
  { name: 'link definition', wrap: t((s) => `Text [1].\n\n[1]: https://example.org/${s} "Title"\n`) },
  { name: 'html comment', wrap: t((s) => `<!-- policy-lens-disable ${s}\n`) },
  { name: 'front matter', wrap: t((s) => `---\nbibliography: ${s}\n---\n\nText [@key].\n`) },
  { name: 'bibliography file', wrap: (s) => ({ text: '---\nbibliography: refs.bib\n---\n\nText [@key] and @other.\n', bibliography: s }) },
];

/** Units repeated to build an attack string ("[" → "[[[[…"). */
export const classicUnits: readonly string[] = [
  '[', ']', '“', '”', '"', "'", '’', '«', '„', '(', ')', '.', ',', '…', '\t', ' ', '  \n', '\r', '\r\n', '9', '1,', '1.',
  '@A(@', '@', ' <!--policy-lens-enable', '<!--', '-->', '`', '``', '*', '_', '<', '>', '$', '$$', '![', '[^', '[1, ', '[1]', '](', '\\',
  '-', '—', '#', '> ', '- ', '|', '&', '<a ', 'http://', 'www.', 'Mythos ', 'Claude ', 'the most ', "'s ", '[@a; ', 'a\u0000', '\ud800', '🚀',
  'A', 'AB ', 'said ', '83.1% ', 'April 7, ', '$5 million ',
  // Quotations that share one sentence with many markers or names (each finding about one
  // of them once listed them all).
  ' "a b c" [1]', ' Anthropic said "we did not feel comfortable releasing this generally" ',
  // Opening marks that pile up, and marks that close none of them (each once looked through
  // every open mark).
  "“'", '«”', '„"',
  // Author-year citations: brackets that open and never close, and citations after sentence ends.
  '(Anthropic 2026a, ', '. (CNN 2026) ', '(A, B, 2026, ',
];
