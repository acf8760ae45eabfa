import * as assert from 'assert';
import { createAnalyzer, type Fix, type Finding, type TextEdit } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { applyFix } from './core.fixes.test';

/**
 * The quick fixes that cite a source or add a reference: they cite the source the document
 * already has under whatever title or link it gives it, add a new one under a free label in the
 * document's own style, make a dangling marker resolve rather than add a second one, and stay
 * right when several are applied at once.
 */

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const findings = (text: string) => analyzer.analyze(text).findings;
const codes = (text: string) => findings(text).map((f) => f.code);

function fixOf(text: string, code: string, at = 0): Fix {
  const found = findings(text).filter((f) => f.code === code);
  assert.ok(found[at], `${code} #${at} is reported: ${JSON.stringify(codes(text))}`);
  assert.ok(found[at].fixes.length, `${code} #${at} offers a fix`);
  return found[at].fixes[0];
}

const key = (e: TextEdit) => JSON.stringify(e);

/** Every preferred fix applied at once, as "apply all" or a bot does: identical edits once, no overlaps. */
function applyAll(text: string, list: readonly Finding[]): string {
  const edits = new Map<string, TextEdit>();
  for (const f of list) for (const fix of f.fixes) if (fix.isPreferred) for (const e of fix.edits) edits.set(key(e), e);
  return applyFix(text, { title: 'all', edits: [...edits.values()] });
}

/** The reference title each marker of the text resolves to, by label. */
function resolvedTitles(text: string): Record<string, string | undefined> {
  const a = analyzer.analyze(text);
  const out: Record<string, string | undefined> = {};
  for (const c of a.citations) out[c.label] = c.referenceIndex === undefined ? undefined : a.references[c.referenceIndex].title;
  return out;
}

const leak = 'The leaked draft described a model "currently far ahead of any other AI model in cyber capabilities".';
const cnn = 'Logan Graham told CNN: "We did not feel comfortable releasing this generally."';
const aru = 'The Alignment Risk Update puts the risk at "very low, but higher than for previous models".';
const mayer = '[2]: https://www.mayerbrown.com/x "Pentagon Designates Anthropic a Supply Chain Risk"';

describe('citation fixes: a new reference takes a free label, in the document’s style', () => {
  it('does not reuse a number a link definition holds, and adds a definition, not a References list', () => {
    const text = `${leak}\nHegseth called it a "supply chain risk".[2]\n\n${mayer}\n`;
    const fix = fixOf(text, 'PL001');
    assert.match(fix.title, /as \[3\] and add a reference definition/);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('cyber capabilities"[3].'), fixed);
    assert.ok(fixed.includes(`${mayer}\n[3]: <> "Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks - Fortune"\n`), fixed);
    assert.doesNotMatch(fixed, /## References/);
    assert.deepStrictEqual(codes(fixed), []);
    assert.match(resolvedTitles(fixed)['3']!, /^Anthropic Accidentally Leaked/);
  });

  it('skips a number that a dangling marker uses, so that marker does not start to cite the new source', () => {
    const text = `${cnn}\nThe company said more later.[3]\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic\n`;
    const fix = fixOf(text, 'PL001');
    assert.match(fix.title, /as \[4\] and add it to the Sources list/);
    const fixed = applyFix(text, fix);
    assert.match(fixed, /\n4\. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n$/);
    assert.deepStrictEqual(resolvedTitles(fixed)['3'], undefined);
  });
});

describe('citation fixes: a sentence whose marker dangles', () => {
  const sources = '\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic\n';

  it('makes the dangling marker cite the source instead of adding a second marker, as PL002 on it does', () => {
    const text = `${aru}[4]${sources}`;
    const fix = fixOf(text, 'PL001');
    assert.match(fix.title, /^Add Alignment Risk Update: Claude Mythos Preview to the Sources list as \[4\]$/);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.startsWith(`${aru}[4]\n`), fixed);
    assert.match(fixed, /\n4\. Alignment Risk Update: Claude Mythos Preview - Anthropic\n$/);
    // The list's first two items are cited nowhere, before as after.
    assert.deepStrictEqual(codes(fixed), ['PL003', 'PL003']);
    const stub = findings(text).find((f) => f.code === 'PL002')!;
    assert.deepStrictEqual(stub.fixes[0].edits, fix.edits);
    assert.strictEqual(stub.fixes[0].isPreferred, true);
    assert.match(stub.fixes[1].title, /^Add reference 4/);
  });

  it('replaces the dangling marker with the number of the source the document lists', () => {
    const text = `${aru}[4]\n\n## Sources\n\n1. Claude Mythos Preview System Card - Anthropic\n2. Alignment Risk Update: Claude Mythos Preview - Anthropic\n`;
    const fix = fixOf(text, 'PL001');
    assert.strictEqual(fix.title, 'Cite [2] Alignment Risk Update: Claude Mythos Preview instead of [4]');
    const fixed = applyFix(text, fix);
    assert.ok(fixed.startsWith(`${aru}[2]\n`), fixed);
    assert.deepStrictEqual(codes(fixed), ['PL003']);
  });

  it('defines a dangling footnote as the source', () => {
    const text = `${aru}[^aru]\n\nMore text.[^x]\n\n[^x]: Anthropic, "Claude Mythos Preview System Card."\n`;
    const fixed = applyFix(text, fixOf(text, 'PL001'));
    assert.ok(fixed.endsWith('[^x]: Anthropic, "Claude Mythos Preview System Card."\n[^aru]: Anthropic, "Alignment Risk Update: Claude Mythos Preview."\n'), fixed);
    assert.deepStrictEqual(codes(fixed), []);
  });
});

describe('citation fixes: the document’s reference to a source, by a short title or by its link', () => {
  const fortune = (title: string) => `[7]: https://fortune.com/2026/03/26/anthropic-leaked-unreleased-model/ "${title}"`;

  it('takes a title cut short for the source', () => {
    const text = `${leak}\n\n${fortune('Anthropic Accidentally Leaked Details of a New AI Model')}\n`;
    assert.strictEqual(fixOf(text, 'PL001').title, 'Cite [7] Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks');
  });

  it('takes a main title without its subtitle for the source', () => {
    const text = `${aru}\n\n[3]: https://example.org/aru.pdf "Alignment Risk Update"\n`;
    assert.match(fixOf(text, 'PL001').title, /^Cite \[3\] /);
  });

  it('takes a bare link on the publisher’s site for its one source there, and its words pick among several', () => {
    const bare = `${cnn}\n\n[5]: https://www.cnn.com/2026/04/07/tech/anthropic-mythos\n`;
    assert.match(fixOf(bare, 'PL001').title, /^Cite \[5\] /);
    const byPath = `${leak}\n\n[7]: https://fortune.com/2026/03/26/anthropic-leaked-ai-model-cybersecurity-risks/\n`;
    assert.match(fixOf(byPath, 'PL001').title, /^Cite \[7\] /);
    // "unreleased" is in the title of another of Fortune's articles too: no telling which.
    const tied = `${leak}\n\n[7]: https://fortune.com/2026/03/26/anthropic-leaked-unreleased-model/\n`;
    assert.doesNotMatch(fixOf(tied, 'PL001').title, /^Cite \[7\] /);
  });

  it('does not take a link on the publisher’s site whose title names another work', () => {
    const text = `${cnn}\n\n[5]: https://www.cnn.com/2026/03/01/politics/pentagon-feud "Pentagon feud escalates"\n`;
    assert.match(fixOf(text, 'PL001').title, /as \[6\] and add a reference definition/);
  });

  it('does not take a short title that could be several sources', () => {
    const text = `${leak}\n\n[7]: https://example.org/x "Anthropic"\n`;
    assert.doesNotMatch(fixOf(text, 'PL001').title, /^Cite \[7\]/);
  });
});

describe('citation fixes: never the fact base’s own reference article', () => {
  it('offers no citation for words whose only source is the reference article', () => {
    const text = 'Anthropic warned officials that large cyberattacks were "much more likely this year".\n\n## Sources\n\n1. Claude Mythos Preview System Card - Anthropic\n';
    const pl001 = findings(text).find((f) => f.code === 'PL001');
    assert.ok(pl001, 'PL001 is reported');
    assert.deepStrictEqual(pl001.fixes, []);
  });

  it('offers no citation for a figure whose only source is the reference article', () => {
    const text = 'Mythos Preview is being released to more than fifty organizations.\n\n## Sources\n\n1. Claude Mythos Preview System Card - Anthropic\n';
    const pl007 = findings(text).find((f) => f.code === 'PL007');
    assert.ok(pl007, 'PL007 is reported');
    assert.deepStrictEqual(pl007.fixes, []);
  });
});

describe('citation fixes applied all at once', () => {
  it('adds each new source once, under its own number, in the order the document first needs them', () => {
    const text = `${cnn}\n\n${leak}\n\nGraham said it again: "We did not feel comfortable releasing this generally."\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n`;
    const found = findings(text).filter((f) => f.code === 'PL001');
    assert.strictEqual(found.length, 3);
    assert.deepStrictEqual(found.map((f) => /as \[(\d+)\]/.exec(f.fixes[0].title)?.[1]), ['2', '3', '2']);
    // The CNN entry is the same edit in both fixes that add it.
    assert.strictEqual(key(found[0].fixes[0].edits[1]), key(found[2].fixes[0].edits[1]));
    const fixed = applyAll(text, found);
    assert.strictEqual((fixed.match(/^2\. /gm) ?? []).length, 1);
    // Item 1 is cited nowhere, before as after.
    assert.deepStrictEqual(codes(fixed), ['PL003']);
    const titles = resolvedTitles(fixed);
    assert.match(titles['2']!, /^Anthropic Releases/);
    assert.match(titles['3']!, /^Anthropic Accidentally Leaked/);
  });

  it('writes one new References section, with every source, whichever fixes are applied', () => {
    const text = `${cnn}\n\n${leak}\n`;
    const found = findings(text).filter((f) => f.code === 'PL001');
    assert.strictEqual(key(found[0].fixes[0].edits[1]), key(found[1].fixes[0].edits[1]));
    assert.match(found[0].fixes[0].title, /in a new References section that also lists the 1 other source this draft's fixes cite$/);
    const fixed = applyAll(text, found);
    assert.strictEqual((fixed.match(/## References/g) ?? []).length, 1);
    assert.deepStrictEqual(codes(fixed), []);
    // One of them alone cites its source; the other source waits, listed, for its own fix.
    assert.deepStrictEqual(codes(applyFix(text, found[0].fixes[0])), ['PL001', 'PL003']);
  });
});

describe('citation fixes of a quotation and a figure in one sentence', () => {
  const filing =
    'The Pentagon\'s lawyers argued, in a filing that runs to 40 pages, that Anthropic could "disable its technology or preemptively alter the behavior of its model" mid-operation.';

  it('put the same marker at the same place, so applying both cites the source once', () => {
    const text = `${filing}\n\n[^1]: CNN, "Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners," April 7, 2026.\n`;
    const found = findings(text).filter((f) => f.code === 'PL001' || f.code === 'PL007');
    assert.deepStrictEqual(found.map((f) => f.code).sort(), ['PL001', 'PL007']);
    const [a, b] = found.map((f) => f.fixes[0].edits[0]);
    assert.strictEqual(key(a), key(b));
    const fixed = applyAll(text, found);
    assert.strictEqual((fixed.match(/\[\^2\]/g) ?? []).length, 2, fixed);
    assert.ok(fixed.includes('mid-operation.[^2]\n'), fixed);
    assert.deepStrictEqual(codes(fixed), ['PL003']);
  });

  it('of a document that lists the source already, cite it once too', () => {
    const text = `${filing}\n\n## Sources\n\n1. TechCrunch, "DOD Says Anthropic's 'Red Lines' Make It an 'Unacceptable Risk to National Security'"\n`;
    const found = findings(text).filter((f) => f.code === 'PL001' || f.code === 'PL007');
    assert.strictEqual(found.length, 2);
    assert.strictEqual(key(found[0].fixes[0].edits[0]), key(found[1].fixes[0].edits[0]));
    assert.deepStrictEqual(codes(applyAll(text, found)), []);
  });
});

describe('citation fixes in a document of footnotes, and in a table with a Source column', () => {
  it('adds a footnote marker and a footnote definition after the others', () => {
    const text = `${cnn}\nThe leak came first.[^fortune]\n\n[^fortune]: Fortune, "Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks," March 26, 2026.\n`;
    const fix = fixOf(text, 'PL001');
    assert.match(fix.title, /as \[\^cnn\] and add a footnote definition/);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('generally."[^cnn]\n'), fixed);
    assert.ok(fixed.endsWith('March 26, 2026.\n[^cnn]: CNN, "Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners."\n'), fixed);
    assert.doesNotMatch(fixed, /References/);
    assert.deepStrictEqual(codes(fixed), []);
  });

  // Blind QA round 18, tester H item F2: the new note ignored the notes' `Publisher, "Title", date.` form.
  it('writes the footnote as the notes that quote a title write a work, the others being remarks', () => {
    const notes = '[^q1]: Oral evidence, Q1 [Chair].\n[^q5]: Q5 [Professor Achterberg].\n[^fortune]: Fortune, "Anthropic Is Giving Companies Access to Its Unreleased Claude Mythos Model", April 2026.\n';
    const text = `Mythos Preview scores 83.1% on CyberGym.\nThe leak came first.[^fortune] Q1 and Q5.[^q1][^q5]\n\n${notes}`;
    const fixed = applyFix(text, fixOf(text, 'PL007'));
    assert.ok(fixed.endsWith(`${notes}[^anthropic]: Anthropic, "Project Glasswing: Securing Critical Software for the AI Era", April 2026.\n`), fixed);
    // Notes that put the comma inside the marks put an undated title's full stop there: see 'adds a footnote marker and a footnote definition after the others'.
  });

  it('cites a footnote the document has for the source', () => {
    const text = `${leak}\nMore.[^f]\n\n[^f]: Fortune, "Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks."\n`;
    assert.match(fixOf(text, 'PL001').title, /^Cite \[\^f\] /);
  });

  it('puts the marker in the row’s Source cell, not against the figure', () => {
    const text = '| Measure | Mythos Preview | Source |\n|---|---:|---|\n| SWE-bench Pro score (%) | 77.8 | |\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';
    const fixed = applyFix(text, fixOf(text, 'PL007'));
    assert.ok(fixed.includes('| SWE-bench Pro score (%) | 77.8 | [1] |\n'), fixed);
    assert.deepStrictEqual(codes(fixed), []);
  });
});

describe('reference stubs for dangling footnotes', () => {
  it('go after the other footnote definitions, not after a References list at the end', () => {
    const text = 'A claim.[^3] Another.[^a] And one more.[1]\n\n[^a]: A note.\n\n## References\n\n1. Claude Mythos Preview System Card - Anthropic\n';
    const fix = findings(text).find((f) => f.code === 'PL002')!.fixes[0];
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('[^a]: A note.\n[^3]: TODO: source\n\n## References'), fixed);
    // [^3] resolves, to a stub that names no source yet.
    assert.deepStrictEqual(
      findings(fixed).map((f) => f.message),
      ['[^3] resolves to a placeholder, “TODO: source”: the reference names no source yet'],
    );
  });
});

describe('citation fixes in a Source cell that names its source', () => {
  it('needs no fix where the cell writes an author-year citation without parentheses: it cites its row', () => {
    const text =
      '| No. | Figure | Value | Source |\n|---|---|---|---|\n| 1 | Project Glasswing founding partners | 12 | Anthropic 2026a |\n\n## References\n\n1. Anthropic. (2026a, April 7). *Project Glasswing: Securing critical software for the AI era*.\n';
    assert.deepStrictEqual(codes(text), []);
  });
});

describe('citation fixes in a list numbered "1. 1. 1."', () => {
  it('write the new item’s number, so it resolves wherever other fixes’ items land', () => {
    const text = `${cnn}\n\n${leak}\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n1. Claude Mythos Preview System Card - Anthropic\n`;
    const found = findings(text).filter((f) => f.code === 'PL001');
    assert.deepStrictEqual(
      found.map((f) => f.fixes[0].edits[1].newText),
      ['\n1. [3] Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN', '\n1. [4] Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks - Fortune'],
    );
    // Applied at once, in either order at the end of the list.
    for (const list of [found, [...found].reverse()]) {
      const fixed = applyAll(text, list);
      const titles = resolvedTitles(fixed);
      assert.match(titles['3']!, /^Anthropic Releases/, fixed);
      assert.match(titles['4']!, /^Anthropic Accidentally Leaked/, fixed);
    }
  });
});

describe('citation fixes of a claim whose facts have different sources', () => {
  const twoReleases = 'Anthropic released Claude Mythos Preview on April 7, 2026, and OpenAI released GPT-5.3-Codex in February 2026.';
  const listed = '## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';
  const cited = 'Glasswing brings together more than 40 organizations.[1]';

  it('cite each source after the clause of its figure, in one fix that adds both references in order', () => {
    const text = `${cited}\n\n${twoReleases}\n\n${listed}`;
    const fix = fixOf(text, 'PL007');
    assert.match(fix.title, /^Cite Claude Mythos Preview System Card as \[2\] .*; cite OpenAI's New Model Leaps Ahead in Coding Capabilities as \[3\] /);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('on April 7, 2026[2], and OpenAI released GPT-5.3-Codex in February 2026.[3]\n'), fixed);
    assert.ok(fixed.endsWith('1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic\n3. OpenAI\'s New Model Leaps Ahead in Coding Capabilities - Fortune\n'), fixed);
    assert.deepStrictEqual(codes(fixed), []);
    assert.match(resolvedTitles(fixed)['3']!, /^OpenAI's New Model/);
  });

  it('put both markers at the end, in the order of the figures, when one clause holds both', () => {
    const text = `${cited}\n\n${twoReleases.replace('2026, and', '2026 and')}\n\n${listed}`;
    const fixed = applyFix(text, fixOf(text, 'PL007'));
    assert.ok(fixed.includes('on April 7, 2026 and OpenAI released GPT-5.3-Codex in February 2026.[2][3]\n'), fixed);
    assert.deepStrictEqual(codes(fixed), []);
  });

  it('cite a source the facts share once', () => {
    const text = `${cited}\n\nMythos Preview scored 83.1% on CyberGym, while Opus 4.6 scored 66.6%.\n\n${listed}`;
    const fix = fixOf(text, 'PL007');
    assert.strictEqual(fix.edits.filter((e) => /^\[\d+\]$/.test(e.newText)).length, 1, JSON.stringify(fix));
    assert.deepStrictEqual(codes(applyFix(text, fix)), []);
  });
});

describe('citation fixes: a new list item in the list’s own style', () => {
  const score = 'Mythos Preview scored 83.1% on CyberGym.';
  const glasswing = 'Project Glasswing: Securing Critical Software for the AI Era';

  it('names the publisher first and quotes the title when the items do, with the date as they write dates', () => {
    const text = `${score}\n\n## Sources\n\n1. CNN, "Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners", 7 April 2026.\n2. Fortune, "Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks", 26 March 2026.\n`;
    const fixed = applyFix(text, fixOf(text, 'PL007'));
    assert.ok(fixed.endsWith(`26 March 2026.\n3. Anthropic, "${glasswing}", 7 April 2026.\n`), fixed);
    assert.strictEqual(resolvedTitles(fixed)['3'], glasswing);
  });

  it('keeps curly marks, the comma inside them and month-day dates; a source without a date gets none, and its full stop inside the marks as the comma is', () => {
    const text = `${score}\n\n${cnn}\n\n## Sources\n\n1. Fortune, “Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks,” March 26, 2026.\n`;
    const [claimFix, quoteFix] = ['PL007', 'PL001'].map((code) => fixOf(text, code));
    assert.ok(applyFix(text, claimFix).endsWith(`\n2. Anthropic, “${glasswing},” April 7, 2026.\n`), applyFix(text, claimFix));
    const fixed = applyFix(text, quoteFix);
    assert.ok(fixed.endsWith('\n3. CNN, “Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners.”\n'), fixed);
    assert.match(resolvedTitles(fixed)['3']!, /^Anthropic Releases Its Most Powerful/);
  });

  it('keeps the default entry for a list in another style', () => {
    const text = `${cnn}\n\n## Sources\n\n1. ${glasswing} - Anthropic\n`;
    assert.ok(applyFix(text, fixOf(text, 'PL001')).endsWith('\n2. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n'));
  });
});
