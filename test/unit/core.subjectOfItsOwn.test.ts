// A sentence about another organisation or another thing, next to a paragraph on a fact of the
// fact base, keeps its own figures and dates (blind QA round 15, tester G items 1, 2, 3 and 8).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('a sentence with a subject of its own keeps its figures', () => {
  it('borrows no subject from the paragraph when it opens on one word written as a name', () => {
    // On record: $4 million donated; more than 50 organizations; announced April 7, 2026.
    const donations = 'Glasswing backs this with $4 million in donations. ';
    assert.deepEqual(pl006(donations + 'Alpha-Omega has donated about $20 million to open-source security since 2022.'), []);
    assert.deepEqual(pl006(donations + 'Alpha-Omega, funded by Microsoft and Google, has donated about $20 million since 2022.'), []);
    const access = 'Glasswing gives over 40 additional organizations access. ';
    assert.deepEqual(pl006(access + 'OpenSSF, launched in August 2020, now counts more than 120 member organizations.'), []);
    assert.deepEqual(pl006('Anthropic announced Claude Haiku 4.5 in October 2025.\n\nxAI called Grok 4 a breakthrough at its July 2025 launch stream.'), []);
    // A sentence that names nothing of its own still takes the paragraph's subject.
    assert.deepEqual(pl006(donations + 'It has donated about $20 million to open-source security since 2022.'), ['about $20 million']);
    assert.deepEqual(pl006(access + 'It launched in August 2020.'), ['August 2020']);
  });

  it("dates the object of a cue's verb, not the event on record, when the object is another thing", () => {
    // On record: announced (launched) April 7, 2026; Trump's directive to stop using Anthropic on February 27, 2026.
    assert.deepEqual(pl006('Anthropic also launched its Claude for Chrome extension in August 2025.'), []);
    assert.deepEqual(pl006('Project Glasswing has twelve founding partners. It also launched its Claude for Chrome extension in August 2025.'), []);
    assert.deepEqual(pl006('On 5 September 2025 President Trump ordered that the Department of Defense may also be called the Department of War.'), []);
    assert.deepEqual(pl006('President Trump ordered the Pentagon to review its contracts on January 20, 2026.'), []);
    // The object is the fact's thing, names nothing, or its clause holds another cue of the fact: still checked.
    assert.deepEqual(pl006('Anthropic launched Claude Mythos Preview in August 2025.'), ['August 2025']);
    assert.deepEqual(pl006('Anthropic launched its new program in August 2025.'), ['August 2025']);
    assert.deepEqual(pl006('Project Glasswing has twelve founding partners. It was launched in August 2025.'), ['August 2025']);
    assert.deepEqual(pl006('President Trump ordered that federal agencies stop using Anthropic technology on 5 September 2025.'), ['5 September 2025']);
    assert.deepEqual(pl006('President Trump ordered the Pentagon to stop using Claude on January 20, 2026.'), ['January 20, 2026']);
  });
});
