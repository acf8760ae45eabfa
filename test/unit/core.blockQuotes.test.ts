import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

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

  it('sources no block quote that follows it', () => {
    assert.deepEqual(codes(`${quote}\n\n— Logan Graham, CNN [1]\n\n> Another block quote that nobody has sourced anywhere.`), ['PL001@4']);
  });

  it('is no attribution when it is a longer paragraph, or something else stands between', () => {
    assert.deepEqual(codes(`${quote}\n\n— Logan Graham, CNN\nsaid it in an interview.`), ['PL001@0']);
    assert.deepEqual(codes(`${quote}\n\n<!-- note -->\n\n— Logan Graham, CNN`), ['PL001@0']);
    assert.deepEqual(codes(`${quote}\n\nLogan Graham, CNN`), ['PL001@0']);
  });
});
