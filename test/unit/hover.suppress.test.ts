import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { commentStyleFor, disableFileFix, disableLineFix, suppressionFixes } from '../../src/core/fixes/suppress';
import type { DiagnosticCode, Finding, Fix, TextEdit } from '../../src/core/types';

/** Apply a fix's edits (in document coordinates) to text. */
function apply(text: string, fix: Fix): string {
  const lines = text.split(/(?<=\n|\r(?!\n))/);
  const offset = (p: TextEdit['range']['start']) => lines.slice(0, p.line).join('').length + p.character;
  const edits = [...fix.edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of edits) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const at = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
};

describe('suppression fixes', () => {
  it('inserts a disable-next-line comment before a line that starts a paragraph', () => {
    const text = 'Intro.\n\nHe said "we did not feel comfortable" today.\n';
    const fix = disableLineFix(text, { code: 'PL001', span: at(text, '"we') });
    assert.equal(fix.title, 'Disable PL001 for this line');
    assert.equal(apply(text, fix), 'Intro.\n\n<!-- policy-lens-disable-next-line PL001 -->\nHe said "we did not feel comfortable" today.\n');
  });

  it('appends a disable-line comment inside containers, keeping CRLF line endings', () => {
    const text = '- item\r\n\r\n  > quoted "with some words"\r\n';
    const fix = disableLineFix(text, { code: 'PL001', span: at(text, '"with') });
    assert.equal(apply(text, fix), '- item\r\n\r\n  > quoted "with some words" <!-- policy-lens-disable-line PL001 -->\r\n');
  });

  it('adds the code to a disable-next-line comment already on the line before', () => {
    const text = 'a\n<!-- policy-lens-disable-next-line PL007 -->\nIt grew 40% in 2025.\n';
    const fix = disableLineFix(text, { code: 'PL006', span: at(text, '40%') });
    assert.equal(apply(text, fix), 'a\n<!-- policy-lens-disable-next-line PL007 PL006 -->\nIt grew 40% in 2025.\n');
    const already = disableLineFix(apply(text, fix), { code: 'PL006', span: at(apply(text, fix), '40%') });
    assert.equal(already.edits.length, 0);
  });

  it('adds the code to a disable-line comment already at the end of the line', () => {
    const text = 'Intro\nit grew 40% in 2025. <!-- policy-lens-disable-line PL007 -->\n';
    const fix = disableLineFix(text, { code: 'PL006', span: at(text, '40%') });
    assert.equal(apply(text, fix), 'Intro\nit grew 40% in 2025. <!-- policy-lens-disable-line PL007 PL006 -->\n');
    assert.equal(disableLineFix(apply(text, fix), { code: 'PL006', span: at(text, '40%') }).edits.length, 0);
    const row = '| a |\n|---|\n| it grew 40% <!-- policy-lens-disable-line PL007 --> |\n';
    assert.equal(
      apply(row, disableLineFix(row, { code: 'PL006', span: at(row, '40%') })),
      '| a |\n|---|\n| it grew 40% <!-- policy-lens-disable-line PL007 PL006 --> |\n',
    );
  });

  it('keeps a hard line break at the end of the line', () => {
    const text = 'Intro\nit grew 40% in 2025.  \nnext\n';
    assert.equal(apply(text, disableLineFix(text, { code: 'PL007', span: at(text, '40%') })), 'Intro\nit grew 40% in 2025. <!-- policy-lens-disable-line PL007 -->  \nnext\n');
    const backslash = 'Intro\nit grew 40% in 2025.\\\nnext\n';
    assert.equal(apply(backslash, disableLineFix(backslash, { code: 'PL007', span: at(backslash, '40%') })), 'Intro\nit grew 40% in 2025. <!-- policy-lens-disable-line PL007 -->\\\nnext\n');
  });

  it('works on the first line', () => {
    const text = 'It grew 40% in 2025.';
    assert.equal(apply(text, disableLineFix(text, { code: 'PL007', span: at(text, 'It') })), '<!-- policy-lens-disable-next-line PL007 -->\nIt grew 40% in 2025.');
  });

  it('disables a code for the file at the top, after front matter', () => {
    const text = '---\ntitle: Brief\n---\n# Brief\n\nText.\n';
    const fix = disableFileFix(text, 'PL003');
    assert.equal(fix.title, 'Disable PL003 for this file');
    assert.equal(apply(text, fix), '---\ntitle: Brief\n---\n<!-- policy-lens-disable PL003 -->\n# Brief\n\nText.\n');
    assert.equal(apply('# Brief\n', disableFileFix('# Brief\n', 'PL003')), '<!-- policy-lens-disable PL003 -->\n# Brief\n');
    assert.equal(apply('---\na: 1\n---', disableFileFix('---\na: 1\n---', 'PL003')), '---\na: 1\n---\n<!-- policy-lens-disable PL003 -->\n');
  });

  it('offers both fixes for a finding', () => {
    const text = 'One.\nTwo "three four five".\n';
    assert.deepEqual(
      suppressionFixes(text, { code: 'PL001', span: at(text, '"three') }).map((f) => f.title),
      ['Disable PL001 for this line', 'Disable PL001 for this file'],
    );
  });
});

describe('the line suppression fix leaves the document\'s structure alone', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const references = [
    '',
    '## References',
    '',
    '1. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN',
    '2. Project Glasswing: Securing Critical Software for the AI Era - Anthropic',
    '',
  ].join('\n');

  /** Lines at or after an inserted line move down by one; nothing else moves a line. */
  function lineShift(fix: Fix): (line: number) => number {
    const inserted = fix.edits.filter((e) => /\r\n|\n|\r/.test(e.newText)).map((e) => e.range.start.line);
    return (line) => line + inserted.filter((l) => l <= line).length;
  }

  /** Everything the analysis found, in words, with each finding's line (shifted into the fixed text). */
  function summary(text: string, skip: (f: Finding) => boolean, line: (l: number) => number = (l) => l): string[] {
    const a = analyzer.analyze(text);
    // Spans may now hold the comment: compare their words without it.
    const words = (s: string) => s.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ').trim();
    return [
      ...a.findings.filter((f) => !skip(f)).map((f) => `${f.code} ${f.severity} line ${line(f.range.start.line)}: ${f.message} «${words(text.slice(f.span.start, f.span.end))}»`),
      ...a.quotes.map((q) => `quote ${words(q.text)} sourced=${q.sourced} [${q.citations.join(',')}] ${q.onRecord}`),
      ...a.claims.map((c) => `claim ${words(c.text)} ${c.status}`),
      ...a.citations.map((c) => `citation ${c.label} resolved=${c.resolved}`),
    ];
  }

  function suppress(text: string, code: DiagnosticCode, needle: string): string {
    const target = (f: Finding) => f.code === code && text.slice(f.span.start, f.span.end).includes(needle);
    const finding = analyzer.analyze(text).findings.find(target);
    assert.ok(finding, `${code} on “${needle}” is reported`);
    const fix = disableLineFix(text, finding);
    const fixed = apply(text, fix);
    const after = analyzer.analyze(fixed).findings;
    assert.ok(!after.some((f) => f.code === code && fixed.slice(f.span.start, f.span.end).includes(needle)), `${code} on “${needle}” is gone:\n${fixed}`);
    assert.deepEqual(summary(fixed, () => false), summary(text, target, lineShift(fix)), `nothing else changed:\n${fixed}`);
    return fixed;
  }

  it('on a continuation line of a paragraph, appends the comment instead of splitting the quotation from its marker', () => {
    const text = `# Brief\n\nLogan Graham told CNN: "We did not feel comfortable releasing this\ngenerally."[1] The lab grew 40% in 2025.\n${references}`;
    const fixed = suppress(text, 'PL007', '40%');
    assert.ok(fixed.includes('grew 40% in 2025. <!-- policy-lens-disable-line PL007 -->\n'), fixed);
  });

  it('on a list item (and on its continuation line), appends the comment so the list stays one list', () => {
    const text = `# Brief\n\n- The first item cites CNN.[1]\n- The lab grew 40% in 2025.\n- Logan Graham told CNN: "We did not feel comfortable releasing\n  this generally."[1] It said 30% more in 2024.\n${references}`;
    let fixed = suppress(text, 'PL007', '40%');
    assert.ok(fixed.includes('- The lab grew 40% in 2025. <!-- policy-lens-disable-line PL007 -->\n'), fixed);
    fixed = suppress(fixed, 'PL007', '30%');
    assert.ok(fixed.includes('  this generally."[1] It said 30% more in 2024. <!-- policy-lens-disable-line PL007 -->\n'), fixed);
  });

  it('on a reference list item, keeps the numbering of the references after it', () => {
    const text = `# Brief\n\nThe brief cites [1] and [3].\n\n## References\n\n- Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n- Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n- Claude Mythos Preview System Card - Anthropic (PDF)\n`;
    suppress(text, 'PL003', 'Project Glasswing');
  });

  it('on a block quote line, appends the comment inside the quotation', () => {
    // A figure that contradicts the record, in a quote attributed in words.
    const text = `# Brief\n\n> An official said Mythos Preview scored 85.1% on CyberGym and\n> that "the program will grow again next year, and more".\n\n— Logan Graham, CNN\n\nThe brief cites [1].\n${references}`;
    const fixed = suppress(text, 'PL006', '85.1%');
    assert.ok(fixed.includes('> An official said Mythos Preview scored 85.1% on CyberGym and <!-- policy-lens-disable-line PL006 -->\n'), fixed);
  });

  it('on a table row, puts the comment inside the last cell', () => {
    const text = `# Brief\n\n| Model | Claim |\n|---|---|\n| Mythos | Mythos Preview scored 86.1% on CyberGym.[2] |\n| Opus | Opus 4.6 scored 66.6% on CyberGym.[2] |\n${references}`;
    const fixed = suppress(text, 'PL006', '86.1%');
    assert.ok(fixed.includes('| Mythos | Mythos Preview scored 86.1% on CyberGym.[2] <!-- policy-lens-disable-line PL006 --> |\n'), fixed);
  });

  it('before a paragraph\'s first line, inserts the comment line and changes nothing else', () => {
    const text = `# Brief\n\nThe lab grew 40% in 2025.\nLogan Graham told CNN: "We did not feel comfortable releasing this generally."[1]\n${references}`;
    const fixed = suppress(text, 'PL007', '40%');
    assert.ok(fixed.includes('\n\n<!-- policy-lens-disable-next-line PL007 -->\nThe lab grew 40% in 2025.\n'), fixed);
  });
});

describe('suppression fixes in MDX', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const codesOn = (text: string, needle: string) =>
    analyzer
      .analyze(text)
      .findings.filter((f) => text.slice(f.span.start, f.span.end).includes(needle))
      .map((f) => f.code);

  it('writes MDX comments, which the analysis honours, in a .mdx file', () => {
    const text = 'import Tabs from "@theme/Tabs";\n\nThe lab grew 40% in 2025.\n\n- It grew 30% in 2024.\n';
    assert.equal(commentStyleFor('/docs/brief.mdx', text), 'mdx');
    assert.deepEqual(codesOn(text, '40%'), ['PL007']);
    const [line, file] = suppressionFixes(text, { code: 'PL007', span: at(text, '40%') }, 'mdx');
    const fixed = apply(text, line);
    assert.equal(fixed, 'import Tabs from "@theme/Tabs";\n\n{/* policy-lens-disable-next-line PL007 */}\nThe lab grew 40% in 2025.\n\n- It grew 30% in 2024.\n');
    assert.deepEqual(codesOn(fixed, '40%'), []);
    const item = apply(fixed, disableLineFix(fixed, { code: 'PL007', span: at(fixed, '30%') }, 'mdx'));
    assert.ok(item.endsWith('- It grew 30% in 2024. {/* policy-lens-disable-line PL007 */}\n'), item);
    assert.deepEqual(codesOn(item, '30%'), []);
    assert.ok(apply(text, file).startsWith('{/* policy-lens-disable PL007 */}\n\nimport'), apply(text, file));
    assert.deepEqual(codesOn(apply(text, file), '40%'), []);
    assert.ok(!apply(text, file).includes('<!--'));
  });

  it('adds a code to an MDX comment already there', () => {
    const text = 'a\n{/* policy-lens-disable-next-line PL007 */}\nIt grew 40% in 2025.\n';
    const fix = disableLineFix(text, { code: 'PL006', span: at(text, '40%') }, 'mdx');
    assert.equal(apply(text, fix), 'a\n{/* policy-lens-disable-next-line PL007 PL006 */}\nIt grew 40% in 2025.\n');
    const end = 'Intro\nit grew 40% in 2025. {/* policy-lens-disable-line PL007 */}\n';
    assert.equal(apply(end, disableLineFix(end, { code: 'PL006', span: at(end, '40%') })), 'Intro\nit grew 40% in 2025. {/* policy-lens-disable-line PL007 PL006 */}\n');
  });

  it('takes the style from the file name, or from MDX comments the document already has', () => {
    assert.equal(commentStyleFor('notes/brief.md', 'Plain text.\n'), 'html');
    assert.equal(commentStyleFor('BRIEF.MDX', 'Plain text.\n'), 'mdx');
    assert.equal(commentStyleFor('docs/intro.md', 'Text {/* policy-lens-disable PL007 */}\n'), 'mdx');
  });
});
