// Numbers that label a part of the writer's own event, name a version, or stamp and rate the
// writer's own document are no figures a source could support (PL007); and "no more than N" is a
// limit of N at most, never "more than N" (blind QA round 18: tester H item H1, tester O items 4.1,
// 4.2 and 4.4, tester S items 4.1 and 4.2). The same shapes about a party of the fact base keep their findings.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them (one hint lists all the figures of its sentence or row). */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

describe("labels and the writer's own metadata (PL007)", () => {
  it("reads a witness table's Panel column, and its kin, as the numbers of the writer's event (H H1)", () => {
    const witnesses =
      '| Panel | Time | Witness | Role |\n|---|---|---|---|\n| 1 | 9.45am | Professor Helen Achterberg | Professor of Systems Security, University of Leeds |\n| 2 | 11.00am | Ms Nadia Farrell | Director, Cyber Policy, DSIT |\n';
    assert.deepEqual(pl007(witnesses), []);
    assert.deepEqual(pl007('| Group | Members |\n|---|---|\n| 3 | Asha, Ben, Chen |\n'), []);
    assert.deepEqual(pl007('| Round | Closes |\n|---|---|\n| 2 | in the autumn |\n'), []);
  });

  it('keeps the figures of a plural column and of a panel row that tells one', () => {
    assert.deepEqual(pl007('| Panels | Witnesses |\n|---|---|\n| 3 | 12 |\n'), ['3', '12']);
    assert.deepEqual(pl007('| Panel | Witness | Says |\n|---|---|---|\n| 1 | Ms Farrell | Glasswing has 12 launch partners |\n'), ['12']);
  });
});
