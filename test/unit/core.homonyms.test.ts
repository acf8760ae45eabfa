// Names of the fact base that are another's words: homonyms of ordinary-word aliases and family names (blind QA set N).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const named = (text: string): string[] => bundledAnalyzer.analyze(text).entities.map((e) => `${e.id}=${e.text}`);

describe('names that are another name’s words', () => {
  it('ties no figure to a fact through an ordinary-word name that modifies a noun the fact base gives it none of', () => {
    assert.deepEqual(pl006('Glasswing butterflies are monitored in Costa Rica by 9 organizations.'), []);
    assert.deepEqual(pl006('Anthropic reasoning was introduced to cosmology by Brandon Carter in 1973.'), []);
    assert.deepEqual(pl006('The Anthropic principle was introduced by Brandon Carter in 1973.'), []);
    assert.deepEqual(pl006("Lovecraft's Mythos stories were first published in 1928."), []);
    // Nor does its sentence take the subject of the paragraph or the heading before: it speaks of the butterflies.
    assert.deepEqual(pl006('Project Glasswing gave more than 40 additional organizations access.\n\nGlasswing butterflies are monitored in Costa Rica by 9 organizations.'), []);
    assert.deepEqual(pl006('## The Anthropic Principle, revisited\n\nAnthropic reasoning was introduced to cosmology by Brandon Carter in 1973.'), []);
    // The program's own partners, the program itself, the company's researchers: the entity's.
    assert.deepEqual(pl006('The Glasswing program has ten founding partners.'), ['ten']);
    assert.deepEqual(pl006('Glasswing partners number ten founding partners.'), ['ten']);
    assert.deepEqual(pl006('Anthropic researchers said Claude Mythos Preview scored 86.1% on CyberGym.'), ['86.1%']);
    // A verb after the name: the name is its subject ("Glasswing gave", "Glasswing includes 10").
    assert.deepEqual(pl006('Glasswing includes ten founding partners.'), ['ten']);
    // An adjective before a noun the entity's facts are cued by: the entity's (blind QA round 8, T probe s3).
    assert.deepEqual(pl006('Anthropic direct donations to open-source security groups total $40 million.'), ['$40 million']);
    // A noun the fact base writes in the plural is the entity's in the singular too (blind QA round 10, Z item 2).
    assert.deepEqual(pl006('The failed Pentagon negotiation concerned a contract worth $200 billion.[8]'), ['$200 billion']);
    assert.deepEqual(pl006('The failed Pentagon negotiations concerned a contract worth $200 billion.[8]'), ['$200 billion']);
    // A fight, a standoff or a lawsuit is one a company or an agency has: "the Pentagon fight" is the Pentagon's (blind QA round 17, N item 1).
    assert.deepEqual(pl006('The Pentagon fight: the $250 million contract and the 40-page filing.'), ['$250 million']);
    assert.deepEqual(pl006('## The Pentagon standoff\n\n- the $250 million contract and the 40-page filing'), ['$250 million']);
  });

  it('lends the subject of a heading on “the X story” or on what a program runs to the section below (blind QA round 18, tester H item M2)', () => {
    const item = '- Q9: the eleven founding partners and the $150 million in usage credits.';
    for (const heading of ['## Where witnesses referred to the Glasswing story', '## The Glasswing story', '## The Glasswing programme', '## The Glasswing rollout']) {
      assert.deepEqual(pl006(`${heading}\n\n${item}`), ['eleven', '$150 million'], heading);
    }
    // A story in prose, or one of many, is a tale set in another Mythos: no figure of the model's.
    assert.deepEqual(pl006('The Mythos story was first published in 1928.'), []);
    assert.deepEqual(pl006('A Mythos story was first published in 1928.'), []);
    assert.deepEqual(pl006('## A Mythos story\n\nIt was first published in 1928.'), []);
  });

  it('reads a thing’s name that heads a phrase after another name, or a number after “his”, as that other name’s', () => {
    assert.deepEqual(named('The Cthulhu Mythos was first published in 1928.'), []);
    assert.deepEqual(named('H. P. Lovecraft’s Cthulhu Mythos was first published in 1928.'), []);
    assert.deepEqual(named("Schumann's Opus 4 was published in 1833. Beethoven thought his Opus 131 the finest."), []);
    assert.deepEqual(pl006('The Cthulhu Mythos was first published in 1928.'), []);
    // The company's model, a name of the fact base before it, a title-case heading: the entity.
    assert.deepEqual(named("Anthropic's Opus 4 and the new Mythos shipped. Microsoft's Mythos access grew."), [
      "anthropic=Anthropic's",
      'claude-opus-4=Opus 4',
      'claude-mythos-preview=Mythos',
      "microsoft=Microsoft's",
      'claude-mythos-preview=Mythos',
    ]);
    assert.deepEqual(named('## The Real Mythos Story'), ['claude-mythos-preview=Mythos']);
  });

  it('reads a model’s or a product’s name after a title of address as a person’s', () => {
    assert.deepEqual(named('Another reader, Ms. Claude Fontaine of Lyon, wrote to us. Claude did not.'), ['claude=Claude']);
    // Her sentence is about her: it takes no subject from the paragraph before.
    assert.deepEqual(pl006('Another asks whether Mythos is a model; only one is.\n\nAnother reader, Ms. Claude Fontaine of Lyon, wrote to say that she has been mistaken for a chatbot three times this month.'), []);
  });

  it('does not read a family-name alias after another given name as the person of the fact base', () => {
    assert.deepEqual(named('Marcus Hegseth, a school-board member, met Dana Trump. Anna Zemlin and Jennifer Hegseth agreed.'), []);
    assert.deepEqual(pl006('Marcus Hegseth, a school-board member, designated his district’s chatbot vendor a supply chain risk on March 3, 2026.'), []);
    assert.deepEqual(pl006('Dana Trump, a city clerk, ordered city staff to stop using chatbots on March 2, 2026.'), []);
    // A title, a word that opens a sentence, the person's own given name (with an initial), a title-case heading.
    assert.deepEqual(named('Secretary Hegseth and Mr. Trump met. Then Trump left. When Hegseth spoke, Donald J. Trump listened.\n\n## Judge Blocks Trump Order'), [
      'pete-hegseth=Hegseth',
      'donald-trump=Trump',
      'donald-trump=Trump',
      'pete-hegseth=Hegseth',
      'donald-trump=Trump',
      'donald-trump=Trump',
    ]);
    assert.deepEqual(pl006('Secretary Hegseth designated Anthropic a supply chain risk on March 3, 2026.'), ['March 3, 2026']);
  });

  it('credits a quotation to no person of the fact base who shares only the family name', () => {
    const messages = bundledAnalyzer
      .analyze('Anna Zemlin told us: “very low, but higher than for previous models”.[1]\n\n## References\n\n1. Alignment Risk Update: Claude Mythos Preview — Anthropic\n')
      .findings.filter((f) => f.code === 'PL005')
      .map((f) => f.message);
    assert.ok(!messages.some((m) => m.includes('Jim Zemlin')), messages.join('\n'));
    // Read as a name the fact base does not know, she is credited by her own name.
    assert.ok(messages.some((m) => m.startsWith('Quotation is credited to Anna Zemlin')), messages.join('\n'));
  });

  it('reads a family name alone as no one once another person of that name is named', () => {
    const text = 'Logan Graham leads the team. Graham said so. Senator Lindsey Graham said otherwise. Graham the senator spoke.';
    assert.deepEqual(named(text), ['logan-graham=Logan Graham', 'logan-graham=Graham']);
    // At a sentence's start too, a given name that is not his makes another person.
    assert.deepEqual(named('Logan Graham leads the team. Lindsey Graham said otherwise.'), ['logan-graham=Logan Graham']);
  });
});
