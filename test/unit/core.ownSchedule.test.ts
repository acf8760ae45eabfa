// The writer's own schedule, deadlines and plans want no citation (PL007), and a duty a named law
// lays on the writer is the law's, which does (blind QA round 16, own material: U items 5 and 8,
// M item 6, H items 7 and 9). The same shapes about another party still want one.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them (one hint lists all the figures of its sentence or row). */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

describe("the writer's own schedule (PL007)", () => {
  it('wants a citation for a duty of "we" that a law or rule named before it lays (H item 7)', () => {
    assert.deepEqual(
      pl007(
        "Under the federal banking agencies' computer-security incident notification rule, we must notify our primary regulator within 36 hours of determining that a notification incident has occurred.",
      ),
      ['36 hours'],
    );
    assert.deepEqual(pl007('Under the Act, we must report incidents within 72 hours.'), ['72 hours']);
    assert.deepEqual(pl007('The regulation requires that we must keep logs for 12 months.'), ['12 months']);
    // No law named: the writer's own duty, which no source could support.
    assert.deepEqual(pl007('We must notify our primary regulator within 36 hours.'), []);
    assert.deepEqual(pl007('Congress must act by 2027.'), []);
  });
});
