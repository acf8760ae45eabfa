import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { calloutHead } from '../../src/core/markdown/callout';
import { buildStructure } from '../../src/core/markdown/structure';
import { LineIndex } from '../../src/core/text/lineIndex';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const refs = '\n\n[1]: https://cnn.example\n';
const codes = (text: string) => analyzer.analyze(text + refs).findings.filter((f) => f.code !== 'PL003').map((f) => `${f.code}@${f.range.start.line}`);

describe('an attribution line set apart from its block quote by a blank line', () => {
  const quote = '> We did not feel comfortable releasing this generally.';

  it('sources the quote with its marker, or in words, as a lazy attribution line does', () => {
    assert.deepEqual(codes(`${quote}\n\n— Logan Graham, CNN [1]`), []);
    assert.deepEqual(codes(`${quote}\n\n\n-- Logan Graham, CNN`), []);
    const [q] = analyzer.analyze(`${quote}\n\n― Logan Graham, CNN [1]${refs}`).quotes;
    assert.equal(q.sourced, true);
    assert.deepEqual(q.citations, ['1']);
  });

  it('names the speaker for PL005', () => {
    assert.deepEqual(codes(`${quote}\n\n— Dario Amodei, CNN [1]`), ['PL005@0']);
    assert.deepEqual(codes(`${quote}\n— Dario Amodei, CNN [1]`), ['PL005@0']);
  });

  it('is read through the emphasis around it (`*— Name, Outlet [1]*`), as a source and for PL005', () => {
    for (const line of ['*— Logan Graham, CNN [1]*', '_— Logan Graham, CNN [1]_', '**— Logan Graham, CNN [1]**', '***-- Logan Graham, CNN [1]***']) {
      assert.deepEqual(codes(`${quote}\n\n${line}`), [], line);
      assert.deepEqual(codes(`${quote}\n${line}`), [], line);
    }
    assert.deepEqual(codes(`${quote}\n\n*— Dario Amodei, CNN [1]*`), ['PL005@0']);
    // Emphasis alone, with no dash, makes no attribution line.
    assert.deepEqual(codes(`${quote}\n\n*Logan Graham, CNN*`), ['PL001@0']);
  });

  it('is also a source label: "Source: Name, Outlet [1]"', () => {
    for (const line of ['Source: Logan Graham, CNN [1]', '*Source: Logan Graham, CNN [1]*', 'Via: CNN [1]']) {
      assert.deepEqual(codes(`${quote}\n\n${line}`), [], line);
    }
    assert.deepEqual(codes(`${quote}\n\nSource: Dario Amodei, CNN [1]`), ['PL005@0']);
    // A sentence that merely begins with the word is no label.
    assert.deepEqual(codes(`${quote}\n\nSources close to the company confirmed it.`), ['PL001@0']);
  });

  it('sources no block quote that follows it', () => {
    assert.deepEqual(codes(`${quote}\n\n— Logan Graham, CNN [1]\n\n> Another block quote that nobody has sourced anywhere.`), ['PL001@4']);
  });

  it('is no attribution when it is a longer paragraph, or something else stands between', () => {
    assert.deepEqual(codes(`${quote}\n\n— Logan Graham, CNN\nsaid it in an interview.`), ['PL001@0']);
    assert.deepEqual(codes(`${quote}\n\n<!-- note -->\n\n— Logan Graham, CNN`), ['PL001@0']);
    assert.deepEqual(codes(`${quote}\n\nLogan Graham, CNN`), ['PL001@0']);
  });
});

describe('callouts and alerts (`> [!NOTE]`, `> [!QUOTE] Title`)', () => {
  const settled = 'We did not feel comfortable releasing this generally.';

  it('reads the head of a callout: its type, fold sign and title, in any case', () => {
    assert.deepEqual(calloutHead('[!QUOTE] Logan Graham, to CNN'), { quoting: true, titleStart: 9 });
    assert.deepEqual(calloutHead('[!cite]- Logan Graham'), { quoting: true, titleStart: 9 });
    assert.deepEqual(calloutHead('[!note]'), { quoting: false, titleStart: 7 });
    assert.deepEqual(calloutHead('[!TIP]+ Open questions'), { quoting: false, titleStart: 8 });
    assert.equal(calloutHead('[!custom] x'), undefined);
    assert.equal(calloutHead('[!NOTE]x'), undefined);
    assert.equal(calloutHead('[1] A marker'), undefined);
  });

  it('takes a callout that is not a QUOTE or CITE for no quotation: its text is prose', () => {
    const text = '> [!NOTE]\n> Working notes for the policy team, to be read before the meeting.\n';
    const analysis = analyzer.analyze(text);
    assert.deepEqual(analysis.quotes, []);
    assert.deepEqual(analysis.findings, []);
    // Quotations in it are inline ones, its figures are claims.
    assert.deepEqual(codes('> [!WARNING] Figures to check\n> Claude Mythos Preview scores 95.1% on CyberGym.[1]\n> The draft calls it "a model we did not feel like releasing" here.'), ['PL006@1', 'PL001@2']);
    const [q] = analyzer.analyze('> [!tip]- Read this\n> He said "nobody has sourced these words" once.\n').quotes;
    assert.equal(q.kind, 'inline');
  });

  it('never reads the `[!TYPE]` token as prose, and sets the title apart from the text', () => {
    const text = '> [!NOTE] Key figures\n> Anthropic [1] said so.\n';
    const structure = buildStructure(text, new LineIndex(text));
    assert.equal(structure.mask, '          Key figures\n  Anthropic [1] said so.\n');
    assert.deepEqual(structure.blocks.map((b) => text.slice(b.start, b.end)), ['Key figures', 'Anthropic [1] said so.']);
    assert.deepEqual(structure.blockQuotes, []);
  });

  it('takes a QUOTE or CITE callout for a quotation that starts after its title', () => {
    const [q] = analyzer.analyze(`> [!QUOTE] Logan Graham, to CNN [1]\n> ${settled}${refs}`).quotes;
    assert.equal(q.kind, 'block');
    assert.equal(q.text, settled);
    assert.deepEqual(codes(`> [!QUOTE] Logan Graham, to CNN\n> We did not feel comfortable releasing this model generally.[1]`), ['PL004@1']);
  });

  it('reads the title of a QUOTE callout as its attribution line: its marker sources, its name is the speaker', () => {
    assert.deepEqual(codes(`> [!cite]- Logan Graham, to CNN [1]\n> ${settled}`), []);
    assert.deepEqual(codes(`> [!QUOTE] Dario Amodei, to CNN [1]\n> ${settled}`), ['PL005@1']);
    assert.deepEqual(codes(`> [!QUOTE]\n> ${settled}`), ['PL001@1']);
    // A marker in the quoted text still sources it.
    assert.deepEqual(codes(`> [!QUOTE] Logan Graham\n> ${settled} [1]`), []);
    // A title without a marker names the source in words only when it names someone.
    assert.deepEqual(codes(`> [!QUOTE] Logan Graham, to CNN\n> ${settled}`), []);
    assert.deepEqual(codes(`> [!QUOTE] Key passage\n> ${settled}`), ['PL001@1']);
  });
});

describe('quoted excerpts in a block quote', () => {
  const built = '"by far the most powerful AI model we have ever built"';
  const ahead = '"currently far ahead of any other AI model in cyber capabilities"';

  it('holds each excerpt against the record when the block quote as a whole is not on record', () => {
    const text = `> ${built} and ${ahead} [1]`;
    const found = analyzer.analyze(text + refs).findings.filter((f) => f.code === 'PL004');
    assert.deepEqual(found.map((f) => (text + refs).slice(f.span.start, f.span.end)), [built]);
    // The fix restores the words on record inside the marks, changing only those that differ.
    const edits = found[0].fixes[0].edits;
    assert.deepEqual(
      edits.map((e) => [e.range.start.character, e.range.end.character, e.newText]),
      [
        [37, 44, "we've"],
        [50, 55, 'developed'],
      ],
    );
  });

  it('finds nothing in excerpts that are on record as written', () => {
    assert.deepEqual(codes(`> "by far the most powerful AI model we've ever developed" and ${ahead} [1]`), []);
  });
});

describe('claims inside a block quote', () => {
  const quote = '> Access controls are only as strong as the weakest organisation holding the keys. A coalition\n> of fifty is a coalition of fifty attack surfaces.';

  it('are cited by what sources the quote: its attribution line, its markers, its lead-in', () => {
    assert.deepEqual(codes(`${quote}\n\n— Hadley and Osei, CNN [1]`), []);
    assert.deepEqual(codes(`Hadley and Osei wrote [1]:\n\n${quote}`), []);
    const [claim] = analyzer.analyze(`${quote}\n\n— Hadley and Osei, CNN [1]${refs}`).claims;
    assert.deepEqual(claim.citations, ['1']);
  });

  it('are covered by the quote\'s PL001 when nothing sources it, and cited by an attribution in words (blind QA round 16, quotes item 4)', () => {
    // As an inline quotation's figures are: the one citation PL001 asks for cites them.
    assert.deepEqual(codes(quote), ['PL001@0']);
    // What sources the quote cites its claims: an attribution line without a marker too.
    assert.deepEqual(codes(`${quote}\n\n— Hadley and Osei`), []);
  });

  it('leave the attribution line out: its date names the source', () => {
    assert.deepEqual(codes('> We did not feel comfortable releasing this generally.\n\n— OISF Policy Committee, minutes of 12 May 2026'), []);
    assert.deepEqual(codes('> We did not feel comfortable releasing this generally.\n> — Jane Doe, interview of 3 June 2026 [1]'), []);
    assert.deepEqual(codes('> We did not feel comfortable releasing this generally.\n\nThe committee met on 12 May 2026.'), ['PL001@0', 'PL007@2']);
  });

  it('leave the `>` marks of the quote\'s lines out of their text', () => {
    const [claim] = analyzer.analyze(`${quote}\n\n— Hadley and Osei, CNN [1]${refs}`).claims;
    assert.equal(claim.text, 'A coalition of fifty is a coalition of fifty attack surfaces.');
    const [nested] = analyzer.analyze(`- > A coalition of fifty is\n  >   a coalition of fifty attack surfaces.${refs}`).claims;
    assert.equal(nested.text, 'A coalition of fifty is a coalition of fifty attack surfaces.');
  });
});

describe('the sentence that introduces a block quote', () => {
  const quote = '> Some words of a speaker that nobody has sourced anywhere at all.';
  const graham = '> We did not feel comfortable releasing this generally.';

  it('sources it when it ends with a colon, or announces words to follow, and cites', () => {
    for (const intro of [
      'As Logan Graham told CNN [1]:',
      'As Logan Graham told CNN:[1]',
      'Logan Graham put it this way.[1]',
      'Here is how the analyst puts it.[1]',
      'The statement reads as follows.[1]',
      'The analyst called the program "a long road ahead of it" and added [1]:',
      'From the analyst\'s interview with CNN [1]',
    ]) {
      assert.deepEqual(codes(`${intro}\n\n${quote}`), [], intro);
    }
  });

  it('does not source it when it carries a quotation of its own or speaks of something else', () => {
    // The paragraph before cites its own quotation, and the quote after it is another matter.
    assert.deepEqual(codes(`An analyst described the program as "a long road ahead of it" in a television interview.[1]\n\n${quote}`), ['PL001@2']);
    assert.deepEqual(codes(`The leak came out on a Thursday morning.[1]\n\n${quote}`), ['PL001@2']);
    const [q] = analyzer.analyze(`The leak came out on a Thursday morning.[1]\n\n${quote}${refs}`).quotes;
    assert.equal(q.sourced, false);
    assert.deepEqual(q.citations, []);
  });

  it('credits the speaker it names only when it introduces the quote (PL005)', () => {
    assert.deepEqual(codes(`Dario Amodei told CNN [1]:\n\n${graham}`), ['PL005@2']);
    assert.deepEqual(codes(`Logan Graham told CNN [1]:\n\n${graham}`), []);
    // Amodei's sentence is about his own words: it neither sources nor credits the quote after it.
    assert.deepEqual(codes(`Dario Amodei described the model as "the best we have ever built so far" in an interview.[1]\n\n${graham}`), ['PL001@2']);
  });
});

describe("the date on a block quote's attribution line (blind QA round 17, I item 2)", () => {
  it('is no claim, also where the quote\'s last sentence runs on into the line', () => {
    assert.deepEqual(codes('> We are seeing old bugs exploited faster, not new magic.\n> — Priya Raman, Head of Claims, claims review 14 April 2026'), []);
    assert.deepEqual(codes('> We are seeing old bugs exploited faster, not new magic.\n> — OISF Policy Committee, minutes of 12 May 2026'), []);
    // A figure of the quoted words is still the quote's: the attribution line sources it (without one, PL001 asks for a citation).
    assert.deepEqual(codes('> We saw 40 claims last quarter, not new magic.\n> — Priya Raman, Head of Claims, claims review 14 April 2026'), []);
    assert.deepEqual(codes('> We saw 40 claims last quarter, not new magic.'), ['PL001@0']);
  });
});
