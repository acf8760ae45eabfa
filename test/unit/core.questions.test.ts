// A yes-or-no question asserts nothing (blind QA report U, item 5).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';
import { endsInQuestion, isYesNoQuestion } from '../../src/core/claims/question';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const pl007 = (text: string): string[] => findingTexts('PL007', text);
// On record: Anthropic donates $4 million to open-source security groups; Mythos Preview scores
// 83.1% on CyberGym; Glasswing has 12 founding partners.

describe('questions', () => {
  it('asserts no figure in a yes-or-no question, in prose, in a heading or after a speaker label', () => {
    assert.deepEqual(pl006('Did Anthropic really pledge $40 million to open-source security?'), []);
    assert.deepEqual(pl006('# Did Mythos Preview score 93.9% on CyberGym?\n\nIt did not.'), []);
    assert.deepEqual(pl006('Q: Is it true that Mythos Preview scored 93.9% on CyberGym?'), []);
    assert.deepEqual(pl006('And has Glasswing really got 20 founding partners?'), []);
    // A question needs no citation either.
    assert.deepEqual(pl007('Did Anthropic really pledge $40 million to open-source security?'), []);
    // The answer after it is checked.
    assert.deepEqual(pl006('Did Mythos Preview score 83.1% on CyberGym? It scored 93.9% on CyberGym.'), ['93.9%']);
  });

  it('reads a question put to a witness by name as a question: after a speaker label and a vocative (blind QA report Y, item 7)', () => {
    assert.deepEqual(pl007('**SEN. HARTWELL:** Mr. Amodei, is it true the system card runs to 300 pages?'), []);
    assert.deepEqual(pl006('SEN. HARTWELL: Senator, did Glasswing really start with 20 founding partners?'), []);
    assert.deepEqual(pl006('So, Mr. Amodei, has Glasswing got 20 founding partners?'), []);
    assert.equal(isYesNoQuestion('Madam Chair, is it true the card runs to 300 pages?'), true);
    // A capitalised opening that is no vocative stays: the verb after it decides.
    assert.equal(isYesNoQuestion('Did Anthropic, as Fortune reported, pledge $40 million?'), true);
    assert.equal(isYesNoQuestion('Mr. Amodei, why does the card run to 300 pages?'), false);
    assert.deepEqual(pl006('In 2026, why did Glasswing start with 20 founding partners?'), ['20']);
  });

  it('checks the figures a question on why, what or how takes for granted', () => {
    assert.deepEqual(pl006('Why did Anthropic pledge $40 million to open-source security?'), ['$40 million']);
    assert.deepEqual(pl007('With 126 staff, why can the agency not decide within 60 days?'), ['126']);
    assert.equal(isYesNoQuestion('What does a 27-year-old OpenBSD flaw tell us?'), false);
    assert.equal(isYesNoQuestion('[00:15:47] Q: Is it true the FFmpeg bug survived 50 million runs?'), true);
    assert.equal(isYesNoQuestion("Didn't Anthropic pledge $40 million?"), true);
  });

  it('tells the writer\'s question from a quoted one or a bracketed aside', () => {
    assert.equal(endsInQuestion('Did Anthropic pledge $40 million?[1]'), true);
    assert.equal(endsInQuestion('**Did Anthropic pledge $40 million?** [^2]'), true);
    assert.equal(endsInQuestion('He asked, "Was it $40 million?"'), false);
    assert.equal(endsInQuestion('Anthropic pledged $100 million (or did it?).'), false);
    assert.equal(endsInQuestion('Anthropic pledged $100 million.[1]'), false);
    // A sentence that reports a quoted question still asserts its figure.
    assert.deepEqual(pl006('Mythos Preview scored 93.9% on CyberGym, and a reader asked, "Is that all?"'), ['93.9%']);
  });
});

describe('tag questions (blind QA report D, item 6)', () => {
  it('asserts no figure in a statement that a question tag turns into a question', () => {
    for (const tag of ['right', 'no', "isn't it", 'correct', "wasn't it", "didn't it", 'true']) {
      assert.deepEqual(pl006(`Glasswing launch was in Q1 2026, ${tag}?`), [], tag);
      assert.deepEqual(pl007(`Glasswing launch was in Q1 2026, ${tag}?`), [], tag);
    }
    assert.deepEqual(pl006('[10:51] priya.s: Glasswing launch was in Q1 2026, right?'), []);
    // The statement without its tag, and a question that only ends on a comma's words, assert.
    assert.deepEqual(pl006('Glasswing launch was in Q1 2026.'), ['Q1 2026']);
    assert.deepEqual(pl006('Why did Glasswing launch in Q1 2026, after the leak?'), ['Q1 2026']);
    assert.equal(isYesNoQuestion('The card runs to 300 pages, does it not?'), true);
    assert.equal(isYesNoQuestion("The card runs to 300 pages, doesn't it?"), true);
    assert.equal(isYesNoQuestion('Which benchmark had 300 tasks, CyberGym or SWE-bench Pro?'), false);
    assert.equal(isYesNoQuestion('The card runs to 300 pages, it says?'), false);
  });

  it('reads a chat message put to someone by @mention as a question', () => {
    assert.deepEqual(pl006('[11:00] priya.s: @jonas did Glasswing really launch in Q1 2026?'), []);
    assert.deepEqual(pl006('@jonas @marta, did Glasswing really launch in Q1 2026?'), []);
  });
});
