/**
 * fast-check arbitraries for Markdown policy drafts. Each piece knows which of its parts
 * are not prose (code, comments, front matter, link destinations…), so a property can
 * check that nothing is ever found there.
 */
import fc from 'fast-check';

/** A piece of text and the regions of it that are not prose, relative to its start. */
export interface Piece {
  readonly text: string;
  /** Not prose at all: no entity, marker, quotation mark or claim value may lie here. */
  readonly code: readonly [number, number][];
}

export interface Doc {
  readonly text: string;
  readonly code: readonly [number, number][];
  readonly eol: string;
}

const piece = (text: string, code: [number, number][] = []): Piece => ({ text, code });
const wholeCode = (text: string): Piece => ({ text, code: [[0, text.length]] });

function concat(parts: readonly Piece[], sep = ''): Piece {
  let text = '';
  const code: [number, number][] = [];
  parts.forEach((p, i) => {
    if (i) text += sep;
    for (const [a, b] of p.code) code.push([text.length + a, text.length + b]);
    text += p.text;
  });
  return { text, code };
}

export const entityNames = [
  'Anthropic', "Anthropic's", 'Claude Mythos Preview', 'Mythos', 'Mythos Preview', 'Opus 4.6', 'Opus 4', 'Claude Opus 4',
  'Google DeepMind', 'Google', 'OpenAI', 'CISA', 'Pentagon', 'Dario Amodei', 'Logan Graham', 'SWE-bench Verified',
  'swe-bench verified', 'CyberGym', 'cybergym', 'Project Glasswing', 'Glasswing', 'Apple', 'apple', 'NVIDIA', 'Nvidia',
  'Linux Foundation', 'ASL-3', 'GPT-5.3-Codex', 'Capybara', 'FFmpeg', 'OpenBSD', 'Fortune', 'Axios', 'CNN',
];
const plainWords = ['the', 'model', 'policy', 'said', 'warned', 'draft', 'most', 'first', 'only', 'is', 'was', 'a', 'of', 'and', 'in', 'report', 'risk', 'partners', 'Dr.', 'U.S.', 'e.g.', 'vs.', 'etc.', 'it', 'they'];
const apostrophes = ["don't", "isn't", "companies'", 'it’s', '’90s', "'tis", 'rock ’n’ roll', "O'Brien", "Anthropic's", 'the partners’'];
const foreign = ['μῦθος', 'モデル', 'модель', 'نموذج', '人工智能', 'Müller', 'naïve', 'ﬁ', 'İstanbul', 'ß', 'Ǆ'];
const emoji = ['🚀', '👩‍💻', '🇪🇺', '⚠️', '𝐀𝐁', '\u{1F600}'];
const figures = ['83.1%', '66.6 percent', '$100 million', '€2.5bn', '40 organizations', 'twelve partners', '27-year-old', '16-year-old', '3,000 assets', 'five million times', 'nearly 3,000', 'more than 40', 'April 7, 2026', '7 April 2026', 'March 2026', '2026-04-07', 'in 2025', '1990s', '11 days', '300 pages', '~50%', 'No. 3', 'version 2'];
const markers = ['[1]', '[2]', '[10]', '[99]', '[1][6]', '[1, 6]', '[1,6]', '[2-4]', '[2–4]', '[^1]', '[^note-label]', '[^x]', '[@smith2020]', '[@key, p. 4]', '[@a; @b]', '@smith2020', '[ ]', '[x]', '[]', '[1 and 2]', '[0]', '[9999]', '(Anthropic 2026a)', '(Smith et al. 2020, p. 4)', '(see CNN 2026; Fortune 2026b)', '(Anthropic 2026a, 2026b)', 'Anthropic (2026a)', '(Spring 2026)', '(Whitfield n.d.)'];
const quoteMarks: [string, string][] = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['‚', '‘']];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...plainWords) },
  { weight: 3, arbitrary: fc.constantFrom(...entityNames) },
  { weight: 2, arbitrary: fc.constantFrom(...figures) },
  { weight: 1, arbitrary: fc.constantFrom(...apostrophes) },
  { weight: 1, arbitrary: fc.constantFrom(...foreign) },
  { weight: 1, arbitrary: fc.constantFrom(...emoji) },
);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** Inline pieces: prose, quotes, markers, and inline non-prose. */
const inlinePiece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 8, arbitrary: words(1, 6).map((t) => piece(t)) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...quoteMarks), words(0, 7), fc.boolean()).map(([[o, c], t, closed]) => piece(`${o}${t}${closed ? c : ''}`)) },
  { weight: 3, arbitrary: fc.constantFrom(...markers).map((t) => piece(t)) },
  { weight: 1, arbitrary: fc.constantFrom('.', '!', '?', '…', ',', ';', ':', ' — ', ' - ', '\t', '  ', ' (', ')', '*', '_', '**', '~~').map((t) => piece(t)) },
  // Inline code: never prose.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('`', '``'), fc.constantFrom('Anthropic [1] "quoted words in code"', 'x = 83.1%', "it's 'Mythos'", '@key [^1]')).map(([f, t]) => piece(` ${f}${t}${f} `, [[1, 1 + 2 * f.length + t.length]])) },
  // A link: the text is prose, the destination is not.
  {
    weight: 1,
    arbitrary: fc.tuple(words(1, 3), fc.constantFrom('https://example.org/Anthropic/[1]', 'https://x.org/a_(b)', '<https://x.org/"Mythos">', '#section-[2]')).map(([t, u]) => piece(`[${t}](${u})`, [[t.length + 3, t.length + 3 + u.length]])),
  },
  { weight: 1, arbitrary: fc.constantFrom('<https://example.com/Anthropic[1]>', '<mailto:someone@example.org>', '<span title="Anthropic [1] “quoted text here”">').map((t) => piece(` ${t} `, [[1, 1 + t.length]])) },
  { weight: 1, arbitrary: fc.constantFrom('https://www.anthropic.com/glasswing?ref=[1]', 'www.example.org/CISA').map((t) => piece(` ${t} `, [[1, 1 + t.length]])) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- Anthropic said "this is hidden from view" [3] -->', '<!-- policy-lens-disable-line PL007 -->', '<!-- policy-lens-disable-line -->').map((t) => piece(` ${t} `, [[1, 1 + t.length]])) },
  // An image: the "!" and the destination are not prose, the alt text is (as a link's text is).
  { weight: 1, arbitrary: fc.constantFrom('![Anthropic chart [1]](https://x.org/a.png "Mythos")').map((t) => piece(` ${t} `, [[1, 2], [t.indexOf('](') + 2, 1 + t.length]])) },
  { weight: 1, arbitrary: fc.constantFrom('\\[1\\]', '\\"', "\\'", '\\`', '\\*').map((t) => piece(t)) },
  { weight: 1, arbitrary: fc.constantFrom('$x_1 = [2]$', '$$\\frac{1}{2}$$').map((t) => piece(` ${t} `, [[1, 1 + t.length]])) },
);

const inlineLine: fc.Arbitrary<Piece> = fc.array(inlinePiece, { minLength: 1, maxLength: 8 }).map((ps) => concat(ps, ' '));

/** Block pieces, each without its trailing line break; `eol` joins lines. */
function blockArb(eol: string): fc.Arbitrary<Piece> {
  const lines = (n: number) => fc.array(inlineLine, { minLength: 1, maxLength: n });
  return fc.oneof(
    { weight: 6, arbitrary: lines(4).map((ls) => concat(ls, eol)) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), inlineLine).map(([n, l]) => concat([piece(`${'#'.repeat(n)} `), l])) },
    { weight: 1, arbitrary: fc.tuple(inlineLine, fc.constantFrom('===', '---')).map(([l, u]) => concat([l, piece(eol + u)])) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '  - ', '\t- '), lines(5)).map(([m, ls]) =>
        concat(ls.map((l, i) => concat([piece(m.replace(/^\d+/, String(i + 1))), l])), eol),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom('> ', '>', '> > ', '>\t'), lines(4), fc.option(fc.constantFrom('— Logan Graham, CNN [1]', '-- Anthropic', '— Someone [^1]'))).map(([m, ls, attr]) =>
        concat([...ls.map((l) => concat([piece(m), l])), ...(attr ? [piece(attr)] : [])], eol),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'json', 'md "x"'), fc.array(fc.constantFrom('Anthropic said "this is code not prose" [1]', '{"x": "83.1%", "y": [2]}', "it's 'Mythos' [^1] @key", '', '  indented [3]'), { maxLength: 4 })).map(
        ([f, info, body]) => {
          const inner = [`${f}${info}`, ...body].join(eol);
          return concat([wholeCode(inner), piece(eol + f)]);
        },
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('<!--', '<!-- Anthropic warned "this is a hidden comment" [1]').map((o) => wholeCode(`${o}${eol}"more hidden words [2] here"${eol}-->`)) },
    { weight: 1, arbitrary: fc.constantFrom('PL001', 'PL007', 'PL001 PL008', '').map((c) => wholeCode(`<!-- policy-lens-disable ${c} -->`)) },
    { weight: 1, arbitrary: fc.constantFrom('PL001', 'PL002', '').map((c) => wholeCode(`<!-- policy-lens-disable-next-line ${c} -->`)) },
    { weight: 1, arbitrary: fc.constant(wholeCode('<!-- policy-lens-enable -->')) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('https://example.org/a', '<https://x.org/b c>', 'https://x.org/Anthropic'), fc.constantFrom('', ' "Anthropic said “so”"', " 'Title'", ' (Title)')).map(([n, u, t]) =>
        wholeCode(`[${n}]: ${u}${t}`),
      ),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('1', 'note-label', 'x', '2'), inlineLine).map(([l, body]) => concat([piece(`[^${l}]: `), body])) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.array(fc.array(words(0, 3), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 })).map(([rows]) => {
        const width = rows[0].length;
        const fixed = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        return piece([`| ${fixed[0].join(' | ')} |`, `|${' --- |'.repeat(width)}`, ...fixed.slice(1).map((r) => `| ${r.join(' | ')} |`)].join(eol));
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('Anthropic said "indented code is not prose" [1]', '83.1% [2]').map((t) => piece(`    ${t}`)) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('References', 'Sources', 'NOTES', 'Works cited', 'Bibliography'), fc.array(fc.constantFrom('"Project Glasswing" - Anthropic', 'Fortune, “The leak”', '[3] Axios report', 'https://example.org/x', 'Claude Mythos Preview System Card (PDF)', 'Anthropic. 2026a. "Project Glasswing."', 'Smith, J., & Lee, K. (2020). Title.', 'CNN (2026) Report'), { minLength: 1, maxLength: 6 }), fc.constantFrom('1. ', '- ', '* ', '')).map(([h, items, m]) =>
        piece([`## ${h}`, '', ...items.map((it, i) => `${m.replace(/^\d+/, String(i + 1))}${it}`)].join(eol)),
      ),
    },
    { weight: 1, arbitrary: fc.constant(piece('***')) },
    // An HTML block's text is prose; its tags, attributes, comments and raw elements are not.
    {
      weight: 1,
      arbitrary: fc.constant(
        wholeCode(`<div title='Anthropic "hidden attribute words" [1]'>${eol}<script>Anthropic "hidden script words" [1]</script>${eol}<!-- "hidden comment words" [2] -->${eol}</div>`),
      ),
    },
    { weight: 1, arbitrary: fc.constant(wholeCode(`import Quote from "Anthropic said [1]";${eol}export const q = { said: "hidden esm words [2]" };`)) },
    { weight: 1, arbitrary: fc.constant(wholeCode('{/* Anthropic "hidden mdx comment words" [1] */}')) },
  );
}

const frontMatter = (eol: string): fc.Arbitrary<Piece | undefined> =>
  fc.option(
    fc.constantFrom(
      ['---', 'title: "Anthropic said [1]"', 'date: 2026-04-07', '---'],
      ['---', 'bibliography: refs.bib', 'quote: “much more likely this year” [2]', '---'],
      ['+++', 'title = "Mythos [3]"', '+++'],
    ).map((ls) => wholeCode(ls.join(eol))),
  ).map((x) => x ?? undefined);

/** A whole document: optional front matter, blocks separated by blank lines, one line-ending style. */
export function markdownDoc(opts: { eols?: readonly string[] } = {}): fc.Arbitrary<Doc> {
  const eols = opts.eols ?? ['\n', '\r\n', '\r'];
  return fc.constantFrom(...eols).chain((eol) =>
    fc.tuple(frontMatter(eol), fc.array(blockArb(eol), { minLength: 0, maxLength: 10 }), fc.constantFrom('', eol, eol + eol), fc.constantFrom(eol + eol, eol + eol + eol)).map(([fm, blocks, end, sep]) => {
      const all = concat([...(fm ? [fm] : []), ...blocks], sep);
      return { text: all.text + (all.text ? end : ''), code: all.code, eol };
    }),
  );
}

/** Markdown-ish text with every line ending mixed in, for invariants only. */
export const markdownish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      inlinePiece.map((p) => p.text),
      fc.constantFrom('\n', '\r\n', '\r', '\n\n', '> ', '- ', '1. ', '# ', '```', '~~~', '    ', '\t', '| a | b |', '|---|---|', '<!--', '-->', '---', '[', ']', '(', ')', '`', '"', '\u0000', '\ud800', '\udc00', '\ufeff', '\u2028', '\u00a0'),
    ),
    { maxLength: 40 },
  )
  .map((ps) => ps.join(''));

/**
 * Lines of block syntax, for the section-by-section parse: headings after blank lines (where
 * sections start) among fences, HTML blocks of every kind, lists, quotes, tables and code
 * that may or may not run on past them.
 */
const blockLines = [
  '# Heading', '## Sub', '#', '#no', '   # indented', '###### six', 'Anthropic said 83.1% [1]', '> quote', '> ```', '> <!--', '- item', '  - sub', '1. one', '- ```',
  '  ```', '    code', '```', '```js', '~~~', '````', '<!--', '-->', '<div>', '</div>', '<span>', '<script>', '</script>', '<pre>', '</pre>', '<?', '?>', '<![CDATA[', ']]>',
  '<!X', '>', '| a | b |', '|---|---|', '[x]: /url', '[^1]: note', '---', '===', '***', '$$', 'text <!-- x', '', '', '', ' ', '\t',
];
export const sectionSoup: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...blockLines), fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')), { maxLength: 40 }), fc.constantFrom('', '\n'))
  .map(([lines, end]) => lines.map(([l, eol]) => l + eol).join('') + end);
