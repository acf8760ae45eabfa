// A list item under a heading that names the subject takes it, though it lists examples of what it counts or spells
// "organisations" the British way (blind QA round 17, tester I item 10): "- Twelve founding partners, including
// Microsoft, Apple, Google and CrowdStrike.[1]" and "- More than 50 organisations in total have access.[1]" under
// "## 1. What is Project Glasswing?" were unverified while "- Announced on 7 April 2026.[1]" was confirmed.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const heading = '## 1. What is Project Glasswing?\n\n';
const note = '\n\n[1]: https://example.org';
const statuses = (text: string) =>
  bundledAnalyzer
    .analyze(text)
    .claims.filter((c) => c.values.length)
    .map((c) => `${c.status} ${c.facts.join(',')}`.trim());

describe('a list item under a heading that names its subject', () => {
  // On record: twelve founding partners; more than fifty organizations.
  it('takes the subject though it lists examples of the things it counts', () => {
    assert.deepEqual(findingTexts('PL006', `${heading}- Ten founding partners, including Microsoft, Apple, Google and CrowdStrike.[1]${note}`), ['Ten']);
    assert.deepEqual(findingTexts('PL006', `${heading}- Ten founding partners such as Microsoft and Apple.[1]${note}`), ['Ten']);
    assert.deepEqual(statuses(`${heading}- Twelve founding partners, including Microsoft, Apple, Google and CrowdStrike.[1]${note}`), ['confirmed founding-partner-count']);
    // A name that is the subject, not an example, still keeps the heading's subject away.
    assert.deepEqual(findingTexts('PL006', `${heading}- Microsoft has ten founding partners.[1]${note}`), []);
  });

  it('reads "organisations in total" as the organizations counted', () => {
    assert.deepEqual(statuses(`${heading}- More than 50 organisations in total have access.[1]${note}`), ['confirmed participant-count']);
    assert.deepEqual(findingTexts('PL006', `${heading}- More than 60 organisations in total have access.[1]${note}`), ['More than 60']);
  });
});
