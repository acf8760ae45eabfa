// A figure set alone as a sentence, as a speech sets one apart for weight, beside a sentence that
// cites it: that citation covers it, and it wants none of its own (PL007) (blind QA round 20,
// tester W item 4.1: "Five million.", "Twenty-seven years.", "Forty-one.").
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them. */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

const references = '\n\n## Sources\n\n1. Anthropic, "Claude Mythos Preview System Card", 7 April 2026.\n';

describe('a figure set alone beside a cited sentence (PL007)', () => {
  it('wants no citation after the cited sentence, in its paragraph or the next', () => {
    assert.deepEqual(pl007(`Testing tools had run past that bug five million times.[1] Five million.${references}`), []);
    assert.deepEqual(pl007(`Last year our agency saw 41 such incidents.[1]\n\nForty-one. Not zero-days.${references}`), []);
    assert.deepEqual(pl007(`Testing tools had run past that bug five million times.[1] *Five million times!*${references}`), []);
  });

  it('wants none before the cited sentence it stands for', () => {
    assert.deepEqual(pl007(`Twenty-seven years.\n\nThat is how long a single flaw sat inside a carefully audited system before anyone found it.[1]${references}`), []);
  });

  it('still wants one with no cited neighbour, in a list, with a name or with words of its own', () => {
    // A callback far from its source: neither neighbour cites.
    assert.deepEqual(pl007(`Twenty-seven years. Let us make sure the next one is found sooner.${references}`), ['Twenty-seven years']);
    // The figure is uncited where it is first given: its sentence keeps the hint, and so does the fragment.
    assert.deepEqual(pl007(`Testing tools had run past that bug five million times. Five million.${references}`), ['five million', 'Five million']);
    // A list item is a record of its own.
    assert.deepEqual(pl007(`Anthropic committed usage credits.[1]\n\n- $4 million.${references}`), ['$4 million']);
    // A name makes it a claim of its own.
    assert.deepEqual(pl007(`Testing tools had run past that bug five million times.[1] Anthropic: $100 million.${references}`), ['$100 million']);
    // More than a figure and one word is a sentence.
    assert.deepEqual(pl007(`Testing tools had run past that bug five million times.[1] Five million runs in total.${references}`), ['Five million']);
    // A heading between them parts the fragment from the cited sentence.
    assert.deepEqual(pl007(`Testing tools had run past that bug five million times.[1]\n\n## Next\n\nForty-one.${references}`), ['Forty-one']);
  });
});
