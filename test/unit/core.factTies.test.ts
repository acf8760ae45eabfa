// Which fact a sentence's figure is held against: the blind QA of drafts on other topics and in other genres.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { indexFactBase } from '../../src/core/factbase/factIndex';
import { knownIdsOf, parseFactBase } from '../../src/core/factbase/load';
import { mergeFactBases } from '../../src/core/factbase/merge';
import { factRules } from '../../src/core/factcheck/factMatcher';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('tying figures to facts', () => {
  it("leaves a figure of another subject of the fact's kind: another model, another benchmark", () => {
    // Mythos Preview's FFmpeg bug was 16 years old; Opus 4.6 is another model.
    assert.deepEqual(pl006('Claude Opus 4.6 found a 12-year-old flaw in FFmpeg.'), []);
    assert.deepEqual(pl006('Claude Mythos Preview found a 12-year-old flaw in FFmpeg.'), ['12-year-old']);
    // Mythos Preview scores 83.1% on CyberGym; the sentence gives a SWE-bench Pro score instead.
    assert.deepEqual(pl006('Claude Mythos Preview scored 61.0% on SWE-bench Pro.'), ['61.0%']);
    assert.deepEqual(pl006('Claude Mythos Preview scored 77.8% on SWE-bench Pro, not 83.1% on CyberGym.'), []);
  });

  it("keeps a cue that is the head of a name, opens the name of the fact's own thing, or opens the sentence; and dates words by their verb of saying", () => {
    // "System Card" is the head of the system card's name; "Leaked" opens the leaked draft's name and the sentence.
    assert.deepEqual(pl006('| Mythos Preview System Card | 72.1% | 8 September 2023 |'), ['8 September 2023']);
    assert.deepEqual(pl006('Leaked draft blog post described the model on March 27, 2026.'), ['March 27, 2026']);
    assert.deepEqual(pl006('Yesterday the Leaked draft blog post was the talk of the town; it surfaced on March 27, 2026.'), ['March 27, 2026']);
    // The date of words said in a filing is the filing's.
    assert.deepEqual(pl006('In its court filing, the Pentagon warned on March 18, 2026 that Anthropic might disable its technology.'), ['March 18, 2026']);
  });

  it('dates the announcement by the verbs writers use for a launch: "debuted", "rolled out"', () => {
    assert.deepEqual(pl006('Anthropic debuted Claude Mythos Preview on April 8, 2026.'), ['April 8, 2026']);
    assert.deepEqual(pl006('Anthropic rolled out Claude Mythos Preview on April 8, 2026.'), ['April 8, 2026']);
    assert.deepEqual(pl006('Claude Mythos Preview debuted on April 7, 2026.'), []);
  });

  it('ties a date to a verb of reporting only when the verb reports nothing of its own', () => {
    assert.deepEqual(pl006('Anthropic announced a new London office in September 2026.'), []);
    assert.deepEqual(pl006('Claude Mythos Preview was announced on April 9, 2026.'), ['April 9, 2026']);
    assert.deepEqual(pl006('Anthropic announced on April 9, 2026 its new model, Claude Mythos Preview.'), ['April 9, 2026']);
  });

  it("reads what a verb of reporting reports in its own clause only: a relative clause after \", and\" reports nothing of it", () => {
    // On record: announced April 7, 2026; the leak (the leaked draft's) on March 26, 2026.
    const relative = 'Claude Mythos Preview was announced on April 7, 2026, and the leaked draft that preceded it explained the name.';
    assert.deepEqual(pl006(relative), []);
    assert.deepEqual(pl006(relative.replace('April 7', 'April 9')), ['April 9, 2026']);
    assert.deepEqual(pl006('Claude Mythos Preview was announced on April 7, 2026, and the leaked draft said that it was a step change.'), []);
    // Within its own clause, "that" still starts the news the verb reports.
    assert.deepEqual(pl006('Anthropic announced that CISA had been briefed on April 9, 2026.'), []);
  });

  it('does not date the event on record by one the sentence puts in the future', () => {
    // Project Glasswing was announced on April 7, 2026.
    const glasswing = 'Glasswing has twelve founding partners. ';
    assert.deepEqual(pl006(glasswing + 'Findings from partners will be announced in Q3 2026.'), []);
    assert.deepEqual(pl006('Anthropic is expected to announce the results of Project Glasswing in Q3 2026.'), []);
    assert.deepEqual(pl006('Anthropic plans to launch the next phase of Project Glasswing in July 2026.'), []);
    // A plan's noun after "scheduled for": the release to come, not the one on record (the card's April 7, 2026).
    assert.deepEqual(pl006('Mythos Preview is scheduled for general release in June 2026.'), []);
    assert.deepEqual(pl006('An updated system card is due for publication in June 2026.'), []);
    assert.deepEqual(pl006('Project Glasswing was announced in Q3 2026.'), ['Q3 2026']);
    // The cue as the object of a verb in the future: what is to be published or announced.
    assert.deepEqual(pl006('Anthropic will publish an updated Mythos Preview System Card by June 30, 2026.'), []);
    assert.deepEqual(pl006('Anthropic will announce the next Mythos-class release on June 9, 2027.'), []);
    // Past events named after a preposition or in a clause of their own keep their dates.
    assert.deepEqual(pl006('Anthropic will not revisit the Mythos Preview System Card, published on June 30, 2026.'), ['June 30, 2026']);
    assert.deepEqual(pl006('Regulators will study what Anthropic announced on April 9, 2026.'), ['April 9, 2026']);
    assert.deepEqual(pl006('The Mythos Preview System Card was published on June 30, 2026.'), ['June 30, 2026']);
    // An amount promised is the commitment on record ($4 million donated).
    assert.deepEqual(pl006('Anthropic will donate $6 million to open-source security.'), ['$6 million']);
  });

  it("does not date an event named only as the reference point of another's date", () => {
    // On record: the leak on March 26, 2026; the announcement (the launch) on April 7, 2026; GPT-5.3-Codex in February 2026.
    const otherEvents = [
      'Heartbleed was disclosed on April 7, 2014, twelve years to the day before the Glasswing launch.',
      "The xz Utils backdoor was found on March 29, 2024, two years before Anthropic's own files leaked.",
      'OpenAI launched ChatGPT on November 30, 2022, years before it shipped GPT-5.3-Codex.',
      'On 6 April, Anthropic briefed CISA ahead of the launch.',
      'Glasswing partners must report findings within 90 days of the launch, by early July 2026.',
      "The first anniversary of Anthropic's leak fell on March 26, 2027.",
      'For Glasswing partners with a June 30 fiscal year-end, the launch landed in fiscal Q4.',
    ];
    for (const sentence of otherEvents) assert.deepEqual(pl006(sentence), [], sentence);
    const ownEvents: [string, string[]][] = [
      ['Anthropic announced Project Glasswing on April 9, 2026.', ['April 9, 2026']],
      ["Anthropic's leak on March 24, 2026 exposed draft posts.", ['March 24, 2026']],
      ['Eleven days after the leak, Anthropic announced Claude Mythos Preview on April 9, 2026.', ['April 9, 2026']],
      // A date joined to the event's noun, or in the clause of its verb, is still that event's.
      ['Anthropic briefed CISA before the launch on April 9, 2026.', ['April 9, 2026']],
      ["A week after Anthropic's leak on March 24, 2026, the company briefed CISA.", ['March 24, 2026']],
      ['Months after it shipped GPT-5.3-Codex in March 2026, OpenAI hired more staff.', ['March 2026']],
      ['After Anthropic announced Project Glasswing on April 9, 2026, CISA issued guidance.', ['April 9, 2026']],
      ['The Glasswing launch came on April 9, 2026, eleven days after the leak.', ['April 9, 2026']],
    ];
    for (const [sentence, found] of ownEvents) assert.deepEqual(pl006(sentence), found, sentence);
  });

  it('reads a cue in the past tense in its present forms too', () => {
    assert.deepEqual(pl006('Anthropic announces Project Glasswing on April 9, 2026.'), ['April 9, 2026']);
    assert.deepEqual(pl006('Anthropic announces Project Glasswing on April 7, 2026.'), []);
  });

  it('does not read a cue inside a hyphenated word', () => {
    // Twelve founding partners; "non-founding organizations" are the others.
    assert.deepEqual(pl006('Project Glasswing adds more than 40 non-founding organizations.'), []);
    assert.deepEqual(pl006('Project Glasswing has 40 founding partners.'), ['40']);
  });

  it('does not hold a figure against a fact of the paragraph when the sentence names another measure', () => {
    // The court filing is 40 pages; "system card" is the cue of the card's length (244 pages).
    assert.deepEqual(pl006("The Defense Department's court filing was long. The system card runs to 144 pages."), []);
    assert.deepEqual(pl006("The Defense Department's court filing was long. It runs to 44 pages."), ['44 pages']);
  });

  it('catches swapped scores when the model named next to both is what they share', () => {
    // On record: 93.9% on SWE-bench Verified, 77.8% on SWE-bench Pro. The model stands as near both scores.
    assert.deepEqual(pl006('Mythos Preview is 93.9% on SWE-bench Pro and 77.8% on SWE-bench Verified.'), ['93.9%', '77.8%']);
    assert.deepEqual(pl006('Mythos Preview is 93.9% on SWE-bench Pro and 77.8% on SWE-bench Verified, far ahead of Opus 4.6.'), ['93.9%', '77.8%']);
    assert.deepEqual(pl006('Mythos Preview is 77.8% on SWE-bench Pro and 93.9% on SWE-bench Verified.'), []);
  });

  it('catches swapped ages of two products that share every cue of their measure', () => {
    // On record: the OpenBSD flaw was 27 years old, the FFmpeg bug 16; both are "year-old" "flaw"/"bug" facts of Mythos Preview.
    assert.deepEqual(pl006('Mythos Preview found a 16-year-old flaw in OpenBSD and a 27-year-old bug in FFmpeg.'), ['16-year-old', '27-year-old']);
    assert.deepEqual(pl006('Mythos Preview found a 27-year-old flaw in OpenBSD and a 16-year-old bug in FFmpeg.'), []);
    assert.deepEqual(pl006('It found bugs in OpenBSD and FFmpeg that were 27 and 16 years old.'), []);
  });

  it('does not give a figure the subject another figure of the sentence is "for"', () => {
    // On record: Opus 4.6 scores 66.6% on CyberGym and 80.8% on SWE-bench Verified; Mythos Preview 93.9% on SWE-bench Verified.
    assert.deepEqual(pl006('The numbers: 83.1% on CyberGym vs 66.6% for Opus 4.6, and 93.9% on SWE-bench Verified.'), []);
    assert.deepEqual(pl006('Mythos Preview: 83.1% on CyberGym vs 66.6% for Opus 4.6, and 90.9% on SWE-bench Verified.'), ['90.9%']);
    // The other side of a later comparison repeats the pattern: Opus 4.6 scores 53.4% on SWE-bench Pro.
    assert.deepEqual(pl006('On SWE-bench Verified, Mythos Preview scores 93.9% against 80.8% for Opus 4.6, and on SWE-bench Pro it scores 77.8% against 58.4%.'), ['58.4%']);
    // Named as the sentence's subject as well, the model keeps its figures.
    assert.deepEqual(pl006('Opus 4.6 scored 90.8% on SWE-bench Verified, vs 93.9% for Mythos Preview.'), ['90.8%']);
  });

  it('does not hold a duration counted from another event against a gap the fact counts from its own', () => {
    // On record: eleven days from the leak ("after the leak") to the Glasswing announcement.
    const before = 'The Glasswing announcement came eleven days after the leak. ';
    assert.deepEqual(pl006(before + "The DOD's court filing landed 18 days after the February 27 designation, and the leak came nine days after that."), []);
    assert.deepEqual(pl006(before + 'The Glasswing announcement came twelve days after the leak.'), ['twelve days']);
    assert.deepEqual(pl006('The Glasswing announcement came twelve days after the Mythos leak.'), ['twelve days']);
  });

  it('lets a date agree with a fact the sentence names by its own entities, next to it', () => {
    // The leak is named as a key entity; April 7 is the date of the announcement.
    assert.deepEqual(pl006('Eleven days after the Mythos leak, Anthropic announced Claude Mythos Preview on April 7, 2026.'), []);
    assert.deepEqual(pl006('Eleven days after the Mythos leak, on April 7, 2026, Anthropic announces Claude Mythos Preview.'), []);
    // A wrong date stays wrong.
    assert.deepEqual(pl006('Eleven days after the Mythos leak, Anthropic announced Claude Mythos Preview on April 9, 2026.').length, 1);
  });
});

describe('figures of other subjects than the fact base knows (QA set K, M, J)', () => {
  it('does not tie a fact through the company behind its thing when the sentence names another thing', () => {
    // On record: OpenAI released GPT-5.3-Codex in February 2026. GPT-4o, o3 and the Preparedness Framework are other things.
    assert.deepEqual(pl006('OpenAI released GPT-4o in May 2024.'), []);
    assert.deepEqual(pl006('OpenAI released version 2 of its Preparedness Framework on April 15, 2025.'), []);
    assert.deepEqual(pl006("OpenAI's o3 scored 69.1% on SWE-bench Verified when it launched in April 2025."), []);
    // The $200 million Pentagon contract: another contract named beside the cue.
    assert.deepEqual(pl006('The Pentagon awarded a $480 million Maven Smart System contract.'), []);
    // The thing itself named, or only the actor: still checked.
    assert.deepEqual(pl006('OpenAI released GPT-5.3-Codex in May 2024.'), ['May 2024']);
    assert.deepEqual(pl006('OpenAI released its new coding model in May 2024.'), ['May 2024']);
    assert.deepEqual(pl006('Defense Secretary Pete Hegseth designated the company a supply chain risk on February 28, 2026.'), ['February 28, 2026']);
  });

  it("holds a figure tied only through an actor against the fact only in its cue's clause", () => {
    // On record: Trump directed federal agencies to stop using Anthropic technology on February 27, 2026.
    assert.deepEqual(pl006('President Trump revoked that order on January 20, 2025, and directed federal agencies to review every action taken under it.'), []);
    assert.deepEqual(pl006('President Trump directed federal agencies to stop using Claude on January 20, 2026.'), ['January 20, 2026']);
  });

  it("does not read an entity's name as the cue of its figure", () => {
    // ASL-3 was activated in May 2025; the DARPA Cyber Grand Challenge was ten years before.
    assert.deepEqual(pl006('Under the first RSP, released in September 2023, ASL-3 was defined but not yet required.'), []);
    assert.deepEqual(pl006("DARPA's AI Cyber Challenge, a two-year competition, ended in August 2025."), []);
    assert.deepEqual(pl006('Anthropic activated ASL-3 in May 2024.'), ['May 2024']);
  });

  it('borrows no subject for a sentence that opens on a name of its own, or reports something else', () => {
    const glasswing = 'Project Glasswing gave more than 40 additional organizations access.\n\n';
    assert.deepEqual(pl006(glasswing + 'The Chip Security Coalition launched with nine founding members in March 2026.'), []);
    assert.deepEqual(pl006(glasswing + 'It launched with nine founding members.'), ['nine']);
    assert.deepEqual(pl006('Anthropic built Project Glasswing for defenders. Anthropic had announced its Claude Gov models in June 2025.'), []);
    assert.deepEqual(pl006('Anthropic built Project Glasswing for defenders. It was announced in June 2025.'), ['June 2025']);
  });

  it('leaves a count or an age whose noun is another thing than the measure', () => {
    assert.deepEqual(pl006('Anthropic describes Mythos Preview as its best-aligned model.\n\nThree findings in the system card deserve attention.'), []);
    assert.deepEqual(pl006('Mythos Preview found a bug in FFmpeg. A 27-year-old OpenBSD flaw is one thing; my 9-year-old parser is another.'), []);
    assert.deepEqual(pl006('The Mythos Preview system card runs to 224 pages.'), ['224 pages']);
    assert.deepEqual(pl006('Mythos Preview found a 12-year-old bug in FFmpeg.'), ['12-year-old']);
  });

  it('ties a figure to the entity it is "for"', () => {
    // On record: 66.6% for Opus 4.6, 83.1% for Mythos Preview on CyberGym.
    assert.deepEqual(pl006('Its CyberGym score rose from 60.6% for Opus 4.6 to 83.1% for Mythos Preview.'), ['60.6%']);
    assert.deepEqual(pl006('Its CyberGym score rose from 66.6% for Opus 4.6 to 86.1% for Mythos Preview.'), ['86.1%']);
  });

  it('leaves the other figure of a sentence to the subject named before when one figure is "for" another model', () => {
    const before = 'Mythos Preview scored 93.9% on SWE-bench Verified. ';
    assert.deepEqual(pl006(before + 'On CyberGym it reached 86.1 percent, up from 66.6 percent for Opus 4.6.'), ['86.1 percent']);
    assert.deepEqual(pl006(before + 'On CyberGym it reached 83.1 percent, up from 66.6 percent for Opus 4.6.'), []);
    // The figure "for" Opus 4.6 is never Mythos Preview's, and with no subject named before the free figure has none.
    assert.deepEqual(pl006(before + 'On CyberGym it scored 66.6% for Opus 4.6.'), []);
    assert.deepEqual(pl006('On CyberGym it reached 86.1 percent, up from 66.6 percent for Opus 4.6.'), []);
  });

  it('gives a figure that agrees with several facts to the one whose cue stands nearest', () => {
    // On record: $4 million donated, up to $100 million in usage credits.
    const text = 'Anthropic is donating $6 million to open-source security groups, next to up to $100 million in usage credits.';
    assert.deepEqual(pl006(text), ['$6 million']);
    assert.deepEqual(pl006(text.replace('$6 million', '$4 million')), []);
  });
});

describe('a team fact base on another topic', () => {
  // An institute named in six of its eight facts is the organization behind everything there.
  const facts = Array.from({ length: 8 }, (_, i) => ({
    id: `f${i}`,
    statement: `Fact ${i}.`,
    entities: i < 6 ? ['institute', `program-${i}`] : [`program-${i}`],
    measure: `measure-${i}`,
    cues: [`cue${i}`],
    value: { type: 'count', value: i + 1 },
  }));
  const team = {
    version: 1,
    entities: [
      { id: 'institute', kind: 'organization', name: 'Nordmark Institute', summary: 'An institute.' },
      ...facts.map((_, i) => ({ id: `program-${i}`, kind: 'program', name: `Program ${i}`, summary: 'A program.' })),
    ],
    facts,
  };

  it('finds the same entities generic whether or not the bundled fact base is merged in', () => {
    const parsed = parseFactBase(JSON.stringify(team), 'team.json', { known: knownIdsOf(bundledFactBase()) });
    assert.deepEqual(parsed.errors, []);
    const alone = factRules(indexFactBase(parsed.factBase!));
    const merged = factRules(indexFactBase(mergeFactBases(bundledFactBase(), parsed.factBase!)));
    const keys = (rules: typeof alone, id: string) => [...rules.all.find((r) => r.fact.id === id)!.keyEntities];
    assert.deepEqual(keys(alone, 'f0'), ['program-0']);
    assert.deepEqual(keys(merged, 'f0'), keys(alone, 'f0'));
  });
});

describe('a product a clause names as what is used is no subject of its own (blind QA round 17, report E item 2)', () => {
  // On record: the campaign went after roughly 30 targets, with earlier Claude models doing 80-90% of the work.
  const cite = (s: string) => `${s}[1]\n\n## References\n\n1. Claude Mythos Preview System Card. Anthropic.\n`;

  it('holds the count against the campaign\'s, beside "Claude" and after "against" alike', () => {
    assert.deepEqual(pl006(cite('Anthropic says the campaign used earlier Claude models against roughly 40 targets.')), ['roughly 40']);
    assert.deepEqual(pl006(cite('The campaign used earlier Claude models to handle 80-90% of the work against roughly 40 targets.')), ['roughly 40']);
    assert.deepEqual(pl006(cite('Anthropic says the campaign used earlier Claude models against roughly 30 targets.')), []);
  });

  it('still reads a program named for a fact of the same event as the clause\'s subject', () => {
    // "Project Glasswing" is the launch's subject: the days are not the leak-to-announcement gap's to contradict.
    assert.deepEqual(pl006(cite('Anthropic launched Project Glasswing a week and four days after the leak, on the same day as the system card.')), []);
  });
});

describe('money given to open-source groups is the donation on record (blind QA round 11, report K item 3)', () => {
  // On record: Anthropic is donating $4 million to groups that work on open-source security.
  it('ties "gave … to open-source groups" to the donation, and keeps credits the credits', () => {
    assert.deepEqual(pl006('Anthropic gave $40 million to open-source groups.[1]'), ['$40 million']);
    assert.deepEqual(pl006('Anthropic gave $4 million to open-source groups.[1]'), []);
    assert.deepEqual(pl006('Anthropic committed $100 million in usage credits to open-source maintainers.[1]'), []);
  });
});

describe('a fact tied through another fact of its event in the same sentence (blind QA round 21, tester T item 3.2)', () => {
  const refs = '\n\n## References\n\n- Anthropic (2026b) *Claude Mythos Preview system card*. San Francisco: Anthropic.\n';

  it("checks the campaign's target count beside its share of the work, tied by the models' name", () => {
    assert.deepEqual(pl006(`- Precedent: earlier Claude models autonomously handled 80–90% of a state-sponsored campaign against roughly 40 targets (Anthropic, 2026b).${refs}`), ['roughly 40']);
    assert.deepEqual(pl006(`- Precedent: earlier Claude models autonomously handled 80–90% of a state-sponsored campaign against roughly 30 targets (Anthropic, 2026b).${refs}`), []);
    // Named, the campaign was checked before, and still is.
    assert.deepEqual(pl006(`- Precedent: earlier Claude models autonomously handled 80–90% of a Chinese state-sponsored campaign against roughly 40 targets (Anthropic, 2026b).${refs}`), ['roughly 40']);
  });

  it('ties nothing when no other fact of the event is tied, or the sentence holds one cue of the count', () => {
    // No name of the models: nothing ties the share, and so nothing the count.
    assert.deepEqual(pl006(`- Earlier models autonomously handled 80–90% of a state-sponsored campaign against roughly 40 targets (Anthropic, 2026b).${refs}`), []);
    // "targets" alone is no cue of the campaign's count.
    assert.deepEqual(pl006(`- Earlier Claude models autonomously handled 80–90% of the work, and a red team later hit roughly 40 targets (Anthropic, 2026b).${refs}`), []);
  });
});

describe('a verb cue as a participle set off by a comma (blind QA round 21, tester C item 3.3)', () => {
  it('reads ", releasing X in …" as "released X in …"', () => {
    assert.deepEqual(pl006('OpenAI took a different route, releasing GPT-5.3-Codex publicly in January 2026.'), ['January 2026']);
    assert.deepEqual(pl006('OpenAI took a different route, quietly releasing GPT-5.3-Codex in January 2026.'), ['January 2026']);
    assert.deepEqual(pl006('OpenAI took a different route, releasing GPT-5.3-Codex publicly in February 2026.'), []);
    // The past tense was checked before, and still is.
    assert.deepEqual(pl006('OpenAI released GPT-5.3-Codex in January 2026.'), ['January 2026']);
  });

  it('leaves an "-ing" word that heads no participle clause', () => {
    // A noun or an adjective is no act of releasing: "the releasing team" dates no release.
    assert.deepEqual(pl006('The releasing team at OpenAI met about GPT-5.3-Codex in January 2026.'), []);
  });
});
