/**
 * The section-by-section block parse must give exactly the tokens of one parse of the whole
 * text. The property runs 3,000 cases in `npm test` and more in `npm run fuzz`
 * (test/fuzz/budget.ts).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseBlocks, type Token } from '../../src/core/markdown/parser';
import { parseBlocksBySection } from '../../src/core/markdown/parseBySection';
import { markdownDoc, markdownish, sectionSoup } from '../fuzz/arbitraries';
import { generateDraft } from '../../scripts/bench/generate';
import { fuzzParams } from '../fuzz/budget';

/** What a token says about the document (everything but its identity). */
const describe_ = (tokens: readonly Token[]): unknown => tokens.map((t) => [t.type, t.tag, t.map, t.nesting, t.level, t.content, t.markup, t.info, t.block, t.hidden]);
const bySection = (text: string): Token[] => parseBlocksBySection(text, (_section, parse) => parse());
/** Sections as short as one line, and the rest at once after three merges: every path, on short texts. */
const tiny = { minSection: 1, maxMerges: 3 };
const byTinySection = (text: string): Token[] => parseBlocksBySection(text, (_section, parse) => parse(), 0, tiny);
/** The sections a text was parsed in. */
function sectionsOf(text: string): string[] {
  const seen: string[] = [];
  parseBlocksBySection(text, (section, parse) => (seen.push(section), parse()));
  return seen;
}


describe('block parse section by section (what the document cache keeps)', () => {
  it('gives exactly the tokens of parsing the whole text at once', () => {
    fc.assert(
      fc.property(fc.oneof(sectionSoup, markdownDoc().map((d) => d.text), markdownish), (text) => {
        assert.deepEqual(describe_(byTinySection(text)), describe_(parseBlocks(text)));
      }),
      fuzzParams(3000),
    );
  });

  it('gives the same tokens on generated drafts with every line ending', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = generateDraft(40 * 1024, 11, { eol });
      assert.ok(sectionsOf(text).length > 5, 'the draft has sections');
      assert.deepEqual(describe_(bySection(text)), describe_(parseBlocks(text)));
    }
  });

  /** A paragraph long enough to fill a section (sections are at least 1,024 characters). */
  const filler = `${'Anthropic said 83.1% of the words here are filler. '.repeat(24)}\n`;

  it('starts a section at a heading after a blank line, once the section is long enough', () => {
    const text = `${filler}\n# One\n${filler}\n## Two\n\nshort\n\n# Too soon after Two\n${filler}# Not after a blank line\n`;
    assert.deepEqual(sectionsOf(text), [`${filler}\n`, `# One\n${filler}\n`, `## Two\n\nshort\n\n# Too soon after Two\n${filler}# Not after a blank line\n`]);
  });

  it('keeps a fence or an HTML comment that runs past a heading in one section', () => {
    const fence = `Intro.\n\n\`\`\`\ncode\n${filler}\n# not a heading\n${filler}\`\`\`\n\n# Heading\n`;
    assert.deepEqual(sectionsOf(fence).at(-1), '# Heading\n');
    assert.ok(sectionsOf(fence).some((s) => s.includes('# not a heading') && s.includes('```\n\n')), 'the fence is parsed whole');
    assert.deepEqual(describe_(bySection(fence)), describe_(parseBlocks(fence)));
    const comment = `<!--\n${filler}\n# hidden\n${filler}\n-->\n\n# Shown\n`;
    assert.ok(parseBlocks(comment).some((t) => t.type === 'html_block' && t.content.includes('# hidden')));
    assert.deepEqual(describe_(bySection(comment)), describe_(parseBlocks(comment)));
  });

  it('parses the rest at once after many sections cut inside one fence, each section once', () => {
    const text = `\`\`\`\n${`${filler}\n# inside the fence\n`.repeat(40)}`;
    const seen = sectionsOf(text);
    assert.ok(seen.length <= 18, `${seen.length} parses`);
    assert.equal(seen.at(-1), text);
    assert.deepEqual(describe_(bySection(text)), describe_(parseBlocks(text)));
  });

  it('moves the line maps of later sections to the document’s lines', () => {
    const text = `${filler}\n# One\n\n${filler}\r\n\r\n# Two\rc\n`;
    assert.equal(sectionsOf(text).length, 3);
    const headings = bySection(text).filter((t) => t.type === 'heading_open').map((t) => t.map);
    assert.deepEqual(headings, [[2, 3], [7, 8]]);
    assert.deepEqual(describe_(bySection(text)), describe_(parseBlocks(text)));
  });
});
