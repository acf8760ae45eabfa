// The title of a reference written as free text (a References list item, a footnote), in the
// styles drafts use, and the PL003 message and citation hover that show it.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { indexFactBase } from '../../src/core/factbase/factIndex';
import { describeReference } from '../../src/core/citations/referenceTitle';
import { hoverAt } from '../../src/core/hover';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: { 'severity.PL003': 'information' } });
const title = (text: string) => describeReference(text).title;

describe('describeReference', () => {
  it('keeps "$&" and "$$" in a link text as written', () => {
    assert.deepEqual(describeReference('[Example $& $$ Co](https://x.example) — A Long Report Title About Audits'), {
      title: 'A Long Report Title About Audits',
      publisher: 'Example $& $$ Co',
      url: 'https://x.example',
    });
  });

  it('finds the title after the publisher: "Publisher — Title", "Publisher - Title"', () => {
    assert.deepEqual(describeReference('Anthropic — Activating AI Safety Level 3 Protections'), { title: 'Activating AI Safety Level 3 Protections', publisher: 'Anthropic' });
    assert.equal(title('Fortune - OpenAI’s New Model Leaps Ahead in Coding Capabilities'), 'OpenAI’s New Model Leaps Ahead in Coding Capabilities');
    assert.equal(title('Anthropic — Claude Mythos Preview System Card (PDF)'), 'Claude Mythos Preview System Card');
  });

  it('still finds it before the publisher: "Title - Publisher", and in the middle: "Author - Title - Outlet"', () => {
    assert.deepEqual(describeReference('Pentagon Designates Anthropic a Supply Chain Risk - Mayer Brown'), { title: 'Pentagon Designates Anthropic a Supply Chain Risk', publisher: 'Mayer Brown' });
    assert.equal(title('Anthropic - Activating AI Safety Level 3 Protections - Anthropic News'), 'Activating AI Safety Level 3 Protections');
  });

  it('keeps dashes that set off a phrase inside the title', () => {
    const full = 'Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners';
    assert.equal(title(`CNN — ${full}`), full);
    assert.equal(title(`CNN, ${full}.`), full);
  });

  it('reads "Author, Title, Publisher, date" and "Publisher, Title (date)"', () => {
    assert.deepEqual(describeReference('Dario Amodei, Machines of Loving Grace, Anthropic, October 2024'), { title: 'Machines of Loving Grace', publisher: 'Anthropic, Dario Amodei' });
    assert.equal(title('Anthropic, Project Glasswing: Securing Critical Software for the AI Era (Apr. 7, 2026).'), 'Project Glasswing: Securing Critical Software for the AI Era');
  });

  it('takes a title in quotation marks or italics only when it stands apart, not quoted words inside a title', () => {
    assert.equal(title('“Activating AI Safety Level 3 Protections,” Anthropic'), 'Activating AI Safety Level 3 Protections');
    assert.equal(title('Fortune, ‘OpenAI’s New Model Leaps Ahead in Coding Capabilities’.'), 'OpenAI’s New Model Leaps Ahead in Coding Capabilities');
    assert.equal(title('TechCrunch, ‘DOD Says Anthropic’s ‘Red Lines’ Make It an ‘Unacceptable Risk’’, 2026.'), 'DOD Says Anthropic’s ‘Red Lines’ Make It an ‘Unacceptable Risk’');
    assert.equal(title('TechCrunch, DOD Says Anthropic\'s "Red Lines" Make It an "Unacceptable Risk to National Security".'), 'DOD Says Anthropic\'s "Red Lines" Make It an "Unacceptable Risk to National Security"');
    assert.equal(title('Anthropic, *Claude Mythos Preview System Card*, 2026'), 'Claude Mythos Preview System Card');
  });

  it('takes a title out of the quotation marks of any style: „…“, „…”, ‚…‘, «…», « … », ‹…›, »…«', () => {
    const words = 'OpenAI’s New Model Leaps Ahead in Coding Capabilities';
    for (const [open, close] of [['„', '“'], ['„', '”'], ['‚', '‘'], ['«', '»'], ['« ', ' »'], ['‹', '›'], ['»', '«']]) {
      assert.equal(title(`Fortune, ${open}${words}${close}.`), words, `${open}…${close}`);
    }
    // Marks inside a title stay its words.
    assert.equal(title('TechCrunch, „DOD Says Anthropic’s ‚Red Lines‘ Make It an ‚Unacceptable Risk‘“, 2026.'), 'DOD Says Anthropic’s ‚Red Lines‘ Make It an ‚Unacceptable Risk‘');
  });

  it('takes a link’s text as the title, unless it is the short name beside a longer title', () => {
    assert.deepEqual(describeReference('[Activating AI Safety Level 3 Protections](https://a.example/asl3) — Anthropic'), {
      title: 'Activating AI Safety Level 3 Protections',
      publisher: 'Anthropic',
      url: 'https://a.example/asl3',
    });
    assert.equal(title('Anthropic — [Activating AI Safety Level 3 Protections](https://a.example/asl3)'), 'Activating AI Safety Level 3 Protections');
    assert.equal(title('[Anthropic](https://a.example) — Activating AI Safety Level 3 Protections'), 'Activating AI Safety Level 3 Protections');
  });

  it('reads the APA style: "Author. (date). Title. Publisher."', () => {
    assert.equal(title('Anthropic. (2026, April 7). Project Glasswing: Securing critical software. Anthropic.'), 'Project Glasswing: Securing critical software');
  });

  it('gives the whole text when no rule finds the title with confidence, rather than a fragment', () => {
    assert.equal(title('System Card - Anthropic PBC'), 'System Card - Anthropic PBC');
    assert.equal(title('Glasswing, Anthropic'), 'Glasswing, Anthropic');
    assert.equal(title('Committee hearing transcript'), 'Committee hearing transcript');
  });
});

describe('reference titles in messages and hovers', () => {
  const text =
    'ASL-3 protections were activated [1].\n\n## Sources\n1. Anthropic — Activating AI Safety Level 3 Protections\n2. CNN - Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners\n';

  it('names an uncited "Publisher - Title" item by its title in PL003', () => {
    const messages = analyzer.analyze(text).findings.filter((f) => f.code === 'PL003').map((f) => f.message);
    assert.deepEqual(messages, ['Reference 2 (“Anthropic Releases Its Most Powerful - and Dangerous - AI…”) is never cited']);
  });

  it('names an uncited item by its title without the title’s own „…“ marks in PL003', () => {
    const messages = analyzer
      .analyze('Text.\n\n## Bibliography\n\n[5] Fortune, „OpenAI’s New Model Leaps Ahead in Coding Capabilities“.\n')
      .findings.filter((f) => f.code === 'PL003')
      .map((f) => f.message);
    assert.deepEqual(messages, ['Reference 5 (“OpenAI’s New Model Leaps Ahead in Coding Capabilities”) is never cited']);
  });

  it('shows the title, then the publisher, in the hover of a marker citing a "Publisher — Title" item', () => {
    const analysis = analyzer.analyze(text);
    const hover = hoverAt(analysis, indexFactBase(bundledFactBase()), { line: 0, character: 34 });
    assert.ok(hover);
    assert.match(hover.cards.join('\n'), /\*\*Activating AI Safety Level 3 Protections\*\*\n\nAnthropic\n/);
  });

  // Blind QA round 21, tester C item 4: the PL003 message named "28 April 2026 (circulated 30 April)" as the title.
  it('takes a bracketed note of a date at the end of an entry for no title (blind QA round 21, C item 4)', () => {
    assert.strictEqual(title('Committee visit note: NCSC, 28 April 2026 (circulated 30 April)'), 'Committee visit note: NCSC, 28 April 2026 (circulated 30 April)');
    assert.deepEqual(describeReference('Fortune, Anthropic Accidentally Leaked Details of a New AI Model, 26 March 2026 (updated 27 March)'), { title: 'Anthropic Accidentally Leaked Details of a New AI Model', publisher: 'Fortune' });
  });
});
