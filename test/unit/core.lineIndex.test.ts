// LineIndex finds line breaks without a regular expression: it must find what /\r\n|\n|\r/ finds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, countLineBreaks } from '../../src/core/text/lineIndex';
import { fuzzParams } from '../fuzz/budget';

function byRegex(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  const re = /\r\n|\n|\r/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(text.length);
  return { starts, ends };
}

const mixed = fc.array(fc.constantFrom('a', 'é', '“', ' ', '\n', '\r', '\r\n', '\n\r', '\r\r'), { maxLength: 30 }).map((xs) => xs.join(''));

describe('LineIndex', () => {
  it('splits lines (and counts line breaks) at LF, CRLF and lone CR, mixed in one text', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const index = new LineIndex(text);
        const want = byRegex(text);
        assert.deepEqual(index.lineStarts, want.starts);
        assert.equal(countLineBreaks(text), want.starts.length - 1);
        for (let line = 0; line < want.ends.length; line++) assert.equal(index.lineEnd(line), want.ends[line]);
      }),
      fuzzParams(3000, 0.5),
    );
  });

  it('finds the line of offsets asked for in any order', () => {
    const text = fc.array(fc.constantFrom('ab', 'c', '\n', '\r\n', '\r', '\n\n'), { minLength: 1, maxLength: 80 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.integer({ min: 0, max: t.length }), { minLength: 1, maxLength: 40 }))),
        ([t, offsets]) => {
          const index = new LineIndex(t);
          const starts = byRegex(t).starts;
          for (const offset of offsets) {
            let line = 0;
            while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
            assert.equal(index.lineOf(offset), line, `offset ${offset} of ${JSON.stringify(t)}`);
          }
        },
      ),
      fuzzParams(3000, 0.5),
    );
  });

  it('gives each line its text without its line break', () => {
    const index = new LineIndex('one\r\ntwo\rthree\n\nfour');
    assert.deepEqual([0, 1, 2, 3, 4].map((l) => index.lineText(l)), ['one', 'two', 'three', '', 'four']);
  });
});
