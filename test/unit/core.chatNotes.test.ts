// Chat exports, transcripts and minutes by writers from several countries (blind QA report K,
// items 2, 5, 6, 7, 8 and 9).
import * as assert from 'node:assert/strict';
import { findingTexts, bundledAnalyzer } from './support/findingTexts';

const pl001 = (text: string): string[] => findingTexts('PL001', text);
const pl006 = (text: string): string[] => findingTexts('PL006', text);
const pl007 = (text: string): string[] => findingTexts('PL007', text);
const fixesOf = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .flatMap((f) => (f.fixes ?? []).flatMap((x) => x.edits.map((e) => e.newText)));
// On record: the system card came out on 7 April 2026 and runs to 244 pages; the leak came on 26 March 2026.

describe('dates written with the month of another language', () => {
  it('reads French, German, Spanish, Italian and Portuguese dates as dates, not as a page count', () => {
    assert.deepEqual(pl006('Mythos Preview launched. The system card came out on 9 avril 2026.'), ['9 avril 2026']);
    assert.deepEqual(pl007('Mythos Preview launched. The system card came out on 7 de abril de 2026.'), ['7 de abril de 2026']);
    assert.deepEqual(pl006('Mythos Preview launched. The system card came out on 7 aprile 2026.'), []);
    assert.deepEqual(pl006('Mythos Preview launched. The system card came out on 9 de abril de 2026 [1].\n\n[1]: https://example.com'), ['9 de abril de 2026']);
    assert.deepEqual(pl006('Anthropic launched Mythos Preview am 26. März 2026.'), ['26. März 2026']);
    assert.deepEqual(pl006('Anthropic said the leak came le 26 mars 2026.'), []);
    assert.deepEqual(pl006('Anthropic launched Mythos Preview on 1er avril 2026.'), ['1er avril 2026']);
  });

  it('writes the date on record in the language and form of the text', () => {
    assert.deepEqual(fixesOf('Anthropic launched Mythos Preview on 9 avril 2026.'), ['7 avril 2026']);
    assert.deepEqual(fixesOf('Anthropic launched Mythos Preview on 1er avril 2026.'), ['7 avril 2026']);
    assert.deepEqual(fixesOf('Anthropic launched Mythos Preview am 26. März 2026.'), ['7. April 2026']);
  });
});

describe('labels in minutes', () => {
  it('reads the number of a Room, Location, Floor, Ticket or Ref field as a label', () => {
    assert.deepEqual(pl007('**Meeting ID:** 822 1234 2211 · **Room:** 3.14 (Berlin office, 3rd floor)'), []);
    assert.deepEqual(pl007('Location: 4.12, Floor: 3, Ticket: 4411, Ref.: 77.'), []);
    assert.deepEqual(pl007('The room held 314 people.'), ['314']);
  });

  it('reads "box 2" as a label, as "slide 6" is', () => {
    assert.deepEqual(pl007('Replace the misquote from the system card in box 2.'), []);
    assert.deepEqual(pl007('| # | Action | Owner | Due |\n|---|---|---|---|\n| 3 | Replace the misquote in box 2 | CD | 30 April 2026 |'), []);
  });
});

describe('questions in chats and minutes', () => {
  it('asserts none of the figures of an indirect yes-or-no question', () => {
    assert.deepEqual(pl007('RM asked whether the Pentagon contract was worth $200 million or $250 million.'), []);
    assert.deepEqual(pl007('Jonas asked if Anthropic pledged $40 million.'), []);
    assert.deepEqual(pl007('Priya wondered whether the system card runs to 300 pages.'), []);
    assert.deepEqual(pl006('RM asked Anthropic whether the system card runs to 300 pages.'), []);
  });

  it('still asserts the figures of a clause after the question, and of a question on what or how', () => {
    assert.deepEqual(pl007('RM asked whether the contract was signed, but the team agreed it was worth $250 million.'), ['$250 million']);
    assert.deepEqual(pl007('RM asked how the company spent $40 million.'), ['$40 million']);
  });

  it('reads a statement put as a question as a question', () => {
    assert.deepEqual(pl007('Priya: I thought 200?\nJonas: OK.'), []);
    assert.deepEqual(pl007('So Anthropic pledged $40 million?'), []);
    assert.deepEqual(pl007('How did Anthropic spend $40 million?'), ['$40 million']);
  });
});

describe('a figure set alone in quotation marks', () => {
  it('is a term the sentence mentions, no quotation: no PL001', () => {
    assert.deepEqual(pl001('In the English version we write "7 April 2026" and "83.1 per cent".'), []);
    assert.deepEqual(pl001('In the French version we write "7 avril 2026", no problem.'), []);
    assert.deepEqual(pl001('In the French version we write « 7 avril 2026 », no problem.'), []);
  });

  it('is a mentioned term also inside guillemets set apart by spaces, as French writes them: no PL007', () => {
    assert.deepEqual(pl007('In the French version we write « 83,1 % » and "7 avril 2026", no problem.'), []);
  });

  it('is still a quotation when the sentence reports it as said', () => {
    assert.deepEqual(pl001('Amodei said "7 April 2026" at the launch.'), ['"7 April 2026"']);
  });
});
