// A citation fix cites the reference the document already has, however its title sets the quotation marks of a quoted title.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

describe('citation fixes and quotation marks in a reference title', () => {
  it('cites [1] whichever marks its title puts around the quoted words, and adds no second copy', () => {
    for (const [open, close] of [['‹', '›'], ['«', '»'], ['“', '”'], ['‘', '’'], ['„', '“'], ["'", "'"]]) {
      const text =
        'More than 30 employees of OpenAI and Google DeepMind filed a separate amicus brief.\n\n## Bibliography\n\n' +
        `[1] TechCrunch, DOD Says Anthropic's ${open}Red Lines${close} Make It an ${open}Unacceptable Risk to National Security${close}.\n[2] CNN, other.\n`;
      const hint = analyzer.analyze(text).findings.find((f) => f.code === 'PL007');
      const title = hint?.fixes.find((f) => f.isPreferred)?.title ?? hint?.fixes[0]?.title ?? '';
      assert.match(title, /^Cite \[1\] /, `${open}…${close}: ${title}`);
    }
  });
});
