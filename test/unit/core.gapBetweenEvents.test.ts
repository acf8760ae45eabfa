// A gap between two events on record, named by their descriptions after the gap's cue (QA round 22):
// "- **12** — days between the breach and the disclosure", "12 days after the breach, …" are checked
// against the gap on record when the paragraph or the surroundings name the events' world.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import { findingTexts } from './support/findingTexts';
import { sources } from './support/sentenceFigures';

describe('a gap between two events described after its cue', () => {
  const yaml = `version: 1
entities:
  - { id: kovalent, kind: organization, name: Kovalent Systems, aliases: [Kovalent], summary: A software firm. }
  - { id: kovalent-breach, kind: event, name: Kovalent breach, summary: The breach of Kovalent's build servers. }
  - { id: kovalent-disclosure, kind: event, name: Kovalent disclosure, summary: Kovalent's disclosure of the breach. }
facts:
  - id: breach-date
    statement: Kovalent's build servers were breached on 2 May 2026.
    entities: [kovalent-breach, kovalent]
    measure: breach-date
    cues: [breached, breach]
    value: { type: date, date: 2026-05-02 }
    sources: [courier]
  - id: breach-to-disclosure
    statement: Kovalent disclosed the breach nine days after it happened.
    entities: [kovalent-breach, kovalent-disclosure]
    measure: breach-to-disclosure-gap
    cues: [days after]
    value: { type: duration, value: 9, unit: day }
    sources: [courier]
sources:
  - { id: courier, number: 1, title: Kovalent Breach, publisher: Northmere Courier, kind: news }
`;
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  const analyzer = createAnalyzer({ factBase: factBase!, settings: {} });
  const pl006 = (body: string) => findingTexts('PL006', `# Kovalent's bad month\n\n${body}\n\n## Sources\n\n1. Northmere Courier, "Kovalent Breach".\n`, analyzer);
  const opening = "Kovalent's build servers were breached in May.[1]";

  it('checks a glossed list item and a sentence that name the gap "between" the two events', () => {
    assert.deepEqual(pl006(`${opening}\n\n- **12** — days between the breach and the disclosure`), ['12']);
    assert.deepEqual(pl006(`${opening}\n\n- **9** — days between the breach and the disclosure`), []);
    assert.deepEqual(pl006(`${opening} There were 12 days between the breach and the disclosure.[1]`), ['12 days']);
    assert.deepEqual(pl006(`${opening} There were nine days between the breach and the disclosure.[1]`), []);
  });

  it('checks "N days after the breach" when the cue is only "days after"', () => {
    assert.deepEqual(pl006(`${opening} 12 days after the breach, it told customers.[1]`), ['12 days']);
    assert.deepEqual(pl006(`${opening} Nine days after the breach, it told customers.[1]`), []);
  });

  it('ties nothing where no sentence around names the events\' world, nor through a description the cue does not govern', () => {
    // A reference that is no source on record names nothing (the source on record, whose title tells the breach, does: see core.citedSourceTies).
    const text = (body: string, title = 'Quarterly Roundup') => `${body}\n\n## Sources\n\n1. Northmere Courier, "${title}".\n`;
    assert.deepEqual(findingTexts('PL006', text('There were 12 days between the breach and the disclosure.[1]'), analyzer), []);
    assert.deepEqual(findingTexts('PL006', text('There were 12 days between the breach and the disclosure.[1]', 'Kovalent Breach'), analyzer), ['12 days']);
    assert.deepEqual(findingTexts('PL006', text(`${opening} It took 12 days, after all, before the breach was disclosed.[1]`, 'Kovalent Breach'), analyzer), []);
  });

  it('reads the bundled fact base\'s leak and launch so, without the company named again', () => {
    const brief = (item: string) => `## Claude Mythos Preview in numbers\n\nAnthropic's draft about Claude Mythos Preview leaked in March.[1]\n\nKey numbers:\n\n${item}\n${sources}`;
    assert.deepEqual(findingTexts('PL006', brief('- **12** — days between the leak and the launch')), ['12']);
    assert.deepEqual(findingTexts('PL006', brief('- **11** — days between the leak and the launch')), []);
  });
});
