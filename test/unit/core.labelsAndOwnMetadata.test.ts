// Numbers that label a part of the writer's own event, name a version, or stamp and rate the
// writer's own document are no figures a source could support (PL007); and "no more than N" is a
// limit of N at most, never "more than N" (blind QA round 18: tester H item H1, tester O items 4.1,
// 4.2 and 4.4, tester S items 4.1 and 4.2). The same shapes about a party of the fact base keep their findings.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts, valueOnRecordFixes } from './support/findingTexts';

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

  it('reads a two-part version after a library\'s name, beside another software\'s version, or before "tree" as a version (O 4.1)', () => {
    assert.deepEqual(pl007('We have confirmed a reliable crash on glibc 2.39 and musl 1.2.5.'), []);
    assert.deepEqual(pl007('The bug reproduces on zlib 1.3 as well.'), []);
    assert.deepEqual(pl007('Distributors can apply the patch from the 2.6.9 tag to any 2.4 or 2.5 tree; it applies cleanly.'), []);
    assert.deepEqual(pl007('The fix went into the 4.1 and 4.2 branches.'), []);
  });

  it('keeps the figures that only look like those versions', () => {
    assert.deepEqual(pl007('Crash reports rose 2.4 or 2.5 times last year.'), ['2.4', '2.5']);
    assert.deepEqual(pl007('The average ratings were 4.2 and 4.5 for the series.'), ['4.2', '4.5']);
    assert.deepEqual(pl007('Crashes on glibc rose 2.5 times in 2025.'), ['2.5', '2025']);
  });

  it('reads a number labelled Version as a version, and "issued" with its date as the stamp (S 4.1)', () => {
    assert.deepEqual(pl007('**Version:** 1.2, issued 3 November 2026'), []);
    assert.deepEqual(pl007('Revision: 3'), []);
    // A field of anything else keeps its figure; a date beside a party's deed is no stamp.
    assert.deepEqual(pl007('**Revenue:** 1.2 million, up from 0.9 million'), ['1.2 million', '0.9 million']);
    assert.deepEqual(pl007('**Version:** 1.2, issued after Anthropic announced Project Glasswing on 7 April 2026'), ['7 April 2026']);
  });

  it("wants no citation for an advisory's own date stamp and severity rating in its metadata table (O 4.2)", () => {
    const metadata =
      '| | |\n|---|---|\n| **Advisory ID** | QUERN-SA-2026-002 |\n| **Severity** | High, CVSS 3.1 base score 8.1 |\n| **Published** | 2026-05-12 |\n| **Status** | Final |\n';
    assert.deepEqual(pl007(metadata), []);
  });

  it("wants no citation for a memo heading's Date row, though its subject names a party (blind QA round 30, tester L item 3)", () => {
    const heading =
      "| | |\n|---|---|\n| **To** | Rebecca Lindqvist, Partner |\n| **From** | Daniel Osei, Associate |\n| **Date** | April 14, 2026 |\n| **Re** | CDC amicus — *Anthropic PBC v. U.S. Dep't of Defense* |\n";
    assert.deepEqual(pl007(heading), []);
    // One memo field is no memo heading: a table that names a party keeps its dates.
    assert.deepEqual(pl007('| | |\n|---|---|\n| **Re** | Project Glasswing |\n| **Published** | 7 April 2026 |\n'), ['7 April 2026']);
  });

  it('keeps the figures of other fields, of a date field that tells more, and of a table that names a party', () => {
    assert.deepEqual(pl007('| | |\n|---|---|\n| **Exposed assets** | 3,000 |\n| **Published** | 2026-05-12 |\n'), ['3,000']);
    assert.deepEqual(pl007('| | |\n|---|---|\n| **Updated** | 3,000 assets exposed, 26 March 2026 |\n'), ['3,000', '26 March 2026']);
    assert.deepEqual(pl007('| | |\n|---|---|\n| **Launch** | Project Glasswing |\n| **Published** | 7 April 2026 |\n'), ['7 April 2026']);
  });

  it("wants no citation for the dates of the project's own releases in a table of its versions (O 4.2, 4.4)", () => {
    const fixed =
      '| Branch | Affected | Fixed | Release date |\n|---|---|---|---|\n| 2.7 (current) | 2.7.0 to 2.7.3 | 2.7.4 | 2026-05-12 |\n| 2.6 (LTS, supported until 2027-06-30) | 2.6.0 to 2.6.8 | 2.6.9 | 2026-05-12 |\n';
    assert.deepEqual(pl007(fixed), []);
    const schedule =
      '| Version | Type | Planned date |\n|---|---|---|\n| 2.7.5 | patch | 2026-06-09 |\n| 2.6.x LTS | security fixes only | until 2027-06-30 |\n| 3.0.0 | major (API cleanup) | Q1 2027 |\n';
    assert.deepEqual(pl007(schedule), []);
  });

  it('keeps the dates of a row that names a party, or whose version cell holds no version, and the counts of a release row', () => {
    assert.deepEqual(pl007('| Version | Released |\n|---|---|\n| Claude Mythos Preview | 7 April 2026 |\n'), ['7 April 2026']);
    assert.deepEqual(pl007('| Release | Date |\n|---|---|\n| Glasswing launch | 7 April 2026 |\n'), ['7 April 2026']);
    assert.deepEqual(pl007('| Version | Downloads | Date |\n|---|---|---|\n| 2.7.5 | 40,000 | 2026-06-09 |\n'), ['40,000']);
  });
});

describe('"no more than N" (S 4.2)', () => {
  it('quotes the limit whole, "no" included', () => {
    // (The brief's own "Write an essay of no more than 3,000 words …" is a task set to the reader, which wants no citation: see core.writersOwnRules.)
    assert.deepEqual(findingTexts('PL007', 'Essays in the 2024 competition ran to no more than 3,000 words.'), ['no more than 3,000 words']);
    assert.deepEqual(pl007('The 2024 submissions ran to not more than 12 pages.'), ['not more than 12 pages']);
    assert.deepEqual(pl007('The winning entries cited no fewer than 8 sources and not less than 4 peer-reviewed ones.'), ['no fewer than 8', 'not less than 4']);
    // "more than" alone keeps its words.
    assert.deepEqual(pl007('The essay ran to more than 3,000 words last year.'), ['more than 3,000 words']);
  });

  it('checks "no more than N" as at most N, not as more than N', () => {
    // On record: more than 40 further organizations. At most 40 contradicts it; more than 40 agrees.
    assert.deepEqual(findingTexts('PL006', 'Project Glasswing extends access to no more than 40 additional organizations.'), ['no more than 40']);
    assert.deepEqual(findingTexts('PL006', 'Project Glasswing extends access to more than 40 additional organizations.'), []);
    // On record: up to $100 million. At most $100 million agrees with it.
    assert.deepEqual(findingTexts('PL006', 'Anthropic committed no more than $100 million in usage credits.'), []);
    assert.deepEqual(valueOnRecordFixes('Project Glasswing extends access to no more than 40 additional organizations.'), ['more than 40']);
  });
});

// Blind QA round 20: the label columns of a fact-check sheet and a tournament schedule, and a
// timetable row whose label numbers its stage (tester W item 1.1, tester D item 4.1, tester K item 4a.3).
describe("a table's label and session columns, and its stages' numbers", () => {
  // Blind QA round 20, tester W item 1.1.
  it('reads the cells of a column headed "¶", "§", "Para" or "Paragraph" as the numbers of the parts they point to', () => {
    const sheet = (header: string) =>
      `| ${header} | Line as drafted | Fact-check note | Source | Status |\n|---|---|---|---|---|\n| 9 | Leak on 26 March, nearly three thousand files | Close to 3,000 unpublished assets exposed | [^3] | ✅ |\n| 26 | NCSA incident figures | NCSA annual report, table 2.1 | internal | ✅ |\n\n[^3]: Fortune, 27 March 2026.\n`;
    for (const header of ['¶', '**¶**', '§', '¶¶', 'Para', 'Para.', 'Paragraph', 'Speech ¶']) {
      assert.deepEqual(findingTexts('PL006', sheet(header)), [], header);
      assert.ok(!pl007(sheet(header)).includes('26'), header);
    }
  });

  it('keeps the counts of a column headed by a label in the plural, and the figures beside a ¶ column', () => {
    // On record: the system card runs to 244 pages; about 3,000 assets were exposed in the leak.
    assert.deepEqual(findingTexts('PL006', '| Document | Pages |\n|---|---|\n| Mythos Preview system card | 240 |\n'), ['240']);
    assert.deepEqual(findingTexts('PL006', '| Document | Length (pages) |\n|---|---|\n| Mythos Preview system card | 240 |\n'), ['240']);
    assert.deepEqual(pl007('| Section | Paragraphs |\n|---|---|\n| Background | 12 |\n'), ['12']);
    const wrongNote = '| ¶ | Line as drafted | Fact-check note | Source |\n|---|---|---|---|\n| 10 | Leak | Anthropic leaked close to 9,000 unpublished assets | [^3] |\n\n[^3]: Fortune, 27 March 2026.\n';
    assert.deepEqual(findingTexts('PL006', wrongNote), ['close to 9,000']);
  });

  // Blind QA round 20, tester D item 4.1.
  it("reads a tournament schedule's Rd or Round column as the numbers of the writer's rounds", () => {
    const schedule =
      '| Rd | Date | Time | Room | Side | Opponent | Judge |\n|---|---|---|---|---|---|---|\n| 1 | Fri 4/17 | 3:30 PM | Wescoe 4012 | Aff | Baylor KP | M. Whitfield |\n| 2 | Fri 4/17 | 6:00 PM | Budig 130 | Neg | UMKC SV | J. Okonkwo |\n';
    assert.deepEqual(pl007(schedule), []);
    assert.deepEqual(pl007(schedule.replace('| Rd |', '| Round |')), []);
    assert.deepEqual(pl007(schedule.replace('| Rd |', '| Rd. |')), []);
  });

  it('keeps the figures of a Rounds column and of a round row that tells one', () => {
    assert.deepEqual(pl007('| Funder | Rounds |\n|---|---|\n| Halden Trust | 3 |\n'), ['3']);
    assert.deepEqual(pl007('| Rd | Motion |\n|---|---|\n| 1 | Glasswing has 12 launch partners |\n'), ['12']);
  });

  // Blind QA round 20, tester K item 4a.3.
  it("wants no citation for a timetable's date in a row whose label numbers its stage", () => {
    const timetable =
      '| Stage | Date |\n|---|---|\n| Call opens | Monday 15 June 2026 |\n| Round 2 opens | January 2027 |\n| Phase 1 closes | 4 January 2027 |\n| Cohort 3 starts | 1 March 2027 |\n';
    assert.deepEqual(pl007(timetable), []);
  });

  it("keeps the hint of a timetable row that tells a figure besides its stage's number, or names a party", () => {
    assert.deepEqual(pl007('| Stage | Date |\n|---|---|\n| Round 2 opens with $700,000 | January 2027 |\n'), ['$700,000', 'January 2027']);
    assert.deepEqual(pl007('| Stage | Date |\n|---|---|\n| Anthropic opens round 2 | January 2027 |\n'), ['January 2027']);
  });
});
