import * as assert from 'node:assert/strict';
import { disableFileFix, disableNextLineFix, suppressionFixes } from '../../src/core/fixes/suppress';
import type { Fix, TextEdit } from '../../src/core/types';

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
  it('inserts a disable-next-line comment before the line of the finding', () => {
    const text = 'Intro.\n\nHe said "we did not feel comfortable" today.\n';
    const fix = disableNextLineFix(text, { code: 'PL001', span: at(text, '"we') });
    assert.equal(fix.title, 'Disable PL001 for this line');
    assert.equal(apply(text, fix), 'Intro.\n\n<!-- policy-lens-disable-next-line PL001 -->\nHe said "we did not feel comfortable" today.\n');
  });

  it('keeps indentation and block-quote markers, and CRLF line endings', () => {
    const text = '- item\r\n\r\n  > quoted "with some words"\r\n';
    const fix = disableNextLineFix(text, { code: 'PL001', span: at(text, '"with') });
    assert.equal(apply(text, fix), '- item\r\n\r\n  > <!-- policy-lens-disable-next-line PL001 -->\r\n  > quoted "with some words"\r\n');
  });

  it('adds the code to a disable-next-line comment already on the line before', () => {
    const text = 'a\n<!-- policy-lens-disable-next-line PL007 -->\nIt grew 40% in 2025.\n';
    const fix = disableNextLineFix(text, { code: 'PL006', span: at(text, '40%') });
    assert.equal(apply(text, fix), 'a\n<!-- policy-lens-disable-next-line PL007 PL006 -->\nIt grew 40% in 2025.\n');
    const already = disableNextLineFix(apply(text, fix), { code: 'PL006', span: at(apply(text, fix), '40%') });
    assert.equal(already.edits.length, 0);
  });

  it('works on the first line', () => {
    const text = 'It grew 40% in 2025.';
    assert.equal(apply(text, disableNextLineFix(text, { code: 'PL007', span: at(text, 'It') })), '<!-- policy-lens-disable-next-line PL007 -->\nIt grew 40% in 2025.');
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
