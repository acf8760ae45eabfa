import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const findings = (text: string) => analyzer.analyze(`# Brief\n\n${text}\n`).findings;
const hints = (text: string) => findings(text).filter((f) => f.code === 'PL007').map((f) => f.message.slice(f.message.indexOf('“')));

describe('a figure set alone in quotation marks', () => {
  it('is a term the sentence mentions: it needs no citation', () => {
    assert.deepEqual(hints('- Use `83.1%` in tables and "83.1 percent" in running text.'), []);
    assert.deepEqual(hints('Write “$100 million”, not “$100M”.'), []);
  });

  it('still wants a citation when the sentence reports it as said, or when the quotation holds more than the figure', () => {
    assert.deepEqual(hints('Anthropic said "$100 million" was the sum.'), ['“$100 million”']);
    assert.deepEqual(hints('It named "about 40" partners.'), ['“about 40”']);
  });

  it('is still checked against the record', () => {
    const pl006 = findings('Claude Mythos Preview scored "93.1%" on CyberGym.').filter((f) => f.code === 'PL006');
    assert.equal(pl006.length, 1);
  });
});

describe('a figure inside a quotation without a source (blind QA round 15, quotes item 2)', () => {
  const codes = (text: string) => findings(text).map((f) => f.code);

  it('is the speaker\'s word: the quotation\'s PL001 covers it, with no PL007 of its own', () => {
    assert.deepEqual(codes('"The model found 181 working exploits in a single week," Logan Graham said.'), ['PL001']);
    assert.deepEqual(codes('Ravi Menon told reporters the real change was cost.\n\n"For 30 years the bottleneck was skilled people reading code.\n\n"If a model can do that work, defenders get a head start," Menon said.'), ['PL001']);
  });

  it('leaves PL007 on the writer\'s figures beside the quotation, and on figures in an interrupted quotation\'s attribution', () => {
    assert.deepEqual(hints('In 2025, Logan Graham said "the model found 181 working exploits in a single week."'), ['“2025”']);
    assert.deepEqual(hints('"The model found working exploits," Logan Graham said on 9 April, "in a single week of testing."'), ['“9 April”']);
  });

  it('in a block quote without a source, is covered by the block quote\'s PL001 too (blind QA round 16, quotes item 4)', () => {
    assert.deepEqual(codes('> On 7 April 2026 Anthropic announced the model to a small group of partners.'), ['PL001']);
    assert.deepEqual(codes('Jordan put it this way:\n\n> We have 146 open-source libraries in the mobile app.\n\nPlain prose with 146 libraries.'), ['PL001', 'PL007']);
  });

  it('keeps PL006 on a quoted figure that contradicts the record', () => {
    assert.deepEqual(
      findings('"Claude Mythos Preview scored 93.1% on CyberGym in our tests," Logan Graham said.').map((f) => f.code).sort(),
      ['PL001', 'PL006'],
    );
  });
});

describe('a figure inside a block quote that is sourced (blind QA round 16, H item 6, M item 4)', () => {
  const codes = (text: string) => findings(text).map((f) => f.code);

  it('is cited by what sources the quote, an attribution line without a marker too', () => {
    assert.deepEqual(codes('> We have 146 open-source libraries in the mobile app.\n>\n> — Jordan Patel, mobile engineering lead'), []);
    assert.deepEqual(codes('Dev put it this way on the list:\n\n> About a third of them were real.\n>\n> -- Dev Raghunathan, tessera-maint, April 16'), []);
    assert.deepEqual(codes('> We have 146 open-source libraries in the mobile app.\n\n— Jordan Patel, mobile engineering lead'), []);
  });
});

describe('a figure in a quotation credited to a party the fact base does not know (blind QA round 19, tester F item 1.2)', () => {
  const warnings = (text: string) => findings(text).filter((f) => f.code === 'PL006').map((f) => f.message.slice(0, f.message.indexOf('”') + 1));
  const post =
    '**Claim:** "Anthropic\'s own numbers say Mythos hit 98% on CyberGym. They buried it on page 200 of the system card because it\'s basically a cyberweapon." — post on X by @deepstate_dev, 8 April 2026, about 1.2 million views [10]\n\n## Sources\n\n10. Archived post';

  it('is what the post said, and its attribution line dates and counts the post: no PL006', () => {
    assert.deepEqual(warnings(post), []);
    assert.deepEqual(warnings('Critics said Claude Mythos Preview "scored 98% on CyberGym in the tests".'), []);
  });

  it('keeps PL006 in a quotation credited to a party of the fact base, by a verb, a pronoun or an attribution line', () => {
    assert.deepEqual(warnings('Anthropic said Claude Mythos Preview "scored 98% on CyberGym in the tests".'), ['“98%”']);
    assert.deepEqual(warnings('Dario Amodei put it plainly. He said Claude Mythos Preview "scored 98% on CyberGym in the tests".'), ['“98%”']);
    assert.deepEqual(warnings('"Claude Mythos Preview scored 98% on CyberGym in the tests." — Claude Mythos Preview System Card, 9 April 2026'), ['“98%”', '“9 April 2026”']);
  });

  it('keeps PL006 in a quotation credited to no one, and on the writer\'s own figure beside the post\'s', () => {
    assert.deepEqual(warnings('Claude Mythos Preview "scored 98 percent on CyberGym" in the tests.'), ['“98 percent”']);
    assert.deepEqual(warnings(`${post.split('\n')[0]}\n\nClaude Mythos Preview scored 98% on CyberGym.`), ['“98%”']);
  });

  it('offers the fix that rewrites a quoted figure, but never as the preferred one', () => {
    const [quoted] = findings('"Claude Mythos Preview scored 93.1% on CyberGym in our tests," Logan Graham said.').filter((f) => f.code === 'PL006');
    assert.equal(quoted.fixes.length, 1);
    assert.notEqual(quoted.fixes[0].isPreferred, true);
    const [plain] = findings('Claude Mythos Preview scored 93.1% on CyberGym.').filter((f) => f.code === 'PL006');
    assert.equal(plain.fixes[0].isPreferred, true);
  });
});
