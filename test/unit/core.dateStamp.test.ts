import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const hints = (text: string) => analyzer.analyze(`# Brief\n\n${text}\n`).findings.filter((f) => f.code === 'PL007').map((f) => f.message.slice(f.message.indexOf('“')));

describe("a draft's date stamp", () => {
  it('needs no citation: "Updated April 16, 2026.", "Last revised: 3 May 2026", "Published 2026."', () => {
    for (const stamp of ['*Updated April 16, 2026.* This explainer is for readers new to the story.', 'Last revised: 3 May 2026', '_Published 2026._', 'Date: 2026-04-09', 'As of April 20, 2026.']) assert.deepEqual(hints(stamp), [], stamp);
  });

  it('is read part by part in a byline or masthead whose parts "·", "|" or "•" set apart, a draft\'s number a label', () => {
    for (const byline of [
      '*By a staff writer · feature · updated April 20, 2026*',
      '*Policy brief · Centre for Digital Resilience · draft 3 · not for circulation*',
      '_Policy brief | Revision 2 | last revised 3 May 2026_',
      // In a line set in emphasis, a date alone is a part of the stamp.
      '*Policy brief • April 20, 2026*',
    ])
      assert.deepEqual(hints(byline), [], byline);
    // A part that holds another figure, or a bare date in a line not set in emphasis, is still a claim.
    assert.deepEqual(hints('*By a staff writer · 12 partners · April 20, 2026*'), ['“12”, “April 20, 2026”']);
    assert.deepEqual(hints('April 7, 2026 · Anthropic announces Mythos Preview'), ['“April 7, 2026”']);
    assert.deepEqual(hints('Anthropic · updated April 20, 2026 · 40 partners'), ['“April 20, 2026”, “40”']);
    // "draft" as a verb still counts what it drafts.
    assert.deepEqual(hints('The committee drafts 3 bills a year.'), ['“3”']);
  });

  it('takes circulation and submission labels, and a series line\'s issue date, for stamps (blind QA report L, item 9)', () => {
    for (const stamp of [
      '*Working draft, circulated 21 April 2026.*',
      '**Date of submission:** 28 May 2026',
      'Submitted 3 May 2026',
      '*Issued 3 May 2026*',
      'Received 3 March 2026; accepted 9 April 2026.',
      '**Center for Technology Statecraft — White Paper No. 14 (Spring 2026)**',
      '*Vol. 3, No. 2 · April 2026*',
    ])
      assert.deepEqual(hints(stamp), [], stamp);
    // Sentences that say something, and a bold line with no series number, are claims.
    assert.deepEqual(hints('The paper was circulated to 40 agencies on 21 April 2026.'), ['“40”, “21 April 2026”']);
    assert.deepEqual(hints('This paper was circulated on 21 April 2026.'), ['“21 April 2026”']);
    assert.deepEqual(hints('**Anthropic announced Glasswing (April 2026)**'), ['“April 2026”']);
    assert.deepEqual(hints('**Issue 12 — Anthropic announced Glasswing on April 7, 2026**'), ['“April 7, 2026”']);
  });

  it('in a line set in emphasis, may say whom the draft went to and what for (blind QA round 9, V item 7 and S item 11)', () => {
    for (const stamp of ['*Circulated to subscribers on 13 April 2026.*', '*Draft for comment, 24 April 2026.*', '_Sent to readers on 9 April 2026._']) assert.deepEqual(hints(stamp), [], stamp);
    // Outside emphasis, those words are prose.
    assert.deepEqual(hints('Circulated to subscribers on 13 April 2026.'), ['“13 April 2026”']);
  });

  it('is only a stamp: a sentence with other words or other figures is still a claim', () => {
    assert.deepEqual(hints('Anthropic updated the card on April 16, 2026.'), ['“April 16, 2026”']);
    assert.deepEqual(hints('Draft of April 9, 2026 for the committee.'), ['“April 9, 2026”']);
    assert.deepEqual(hints('Updated April 16, 2026 with 12 partners.'), ['“April 16, 2026”, “12”']);
  });

  it('takes the stamp that closes a byline set in emphasis after a comma for one: "*Explainer. The Calderra Ledger, updated 15 July 2026.*" (QA20 Y item 10)', () => {
    for (const stamp of ['*Explainer. The Calderra Ledger, updated 15 July 2026.*', '*The Calderra Ledger, last revised 15 July 2026*', '_Explainer. The Ledger, published on 15 July 2026._'])
      assert.deepEqual(hints(stamp), [], stamp);
    // Not in prose, not before more words, and not after another verb.
    assert.deepEqual(hints('The Calderra Ledger, updated 15 July 2026.'), ['“15 July 2026”']);
    assert.deepEqual(hints('*The Calderra Ledger, updated 15 July 2026, says the fine stands.*'), ['“15 July 2026”']);
    assert.deepEqual(hints('*The Calderra Ledger, which appealed on 15 July 2026.*'), ['“15 July 2026”']);
  });

  it("is read on its own line when the title block's next line runs on in the same paragraph (blind QA round 21, O item 4, G item 7)", () => {
    for (const block of [
      // A masthead set in emphasis, then a line that is no part of its sentence.
      '**Center for Digital Governance · Policy Brief No. 9 · April 2026**\n*Prepared for congressional staff. Not for the record.*',
      '**Center for Digital Governance · Policy Brief No. 9 · April 2026**\nBy Eleanor Hartley',
      // A masthead of parts set apart by "|", not in emphasis, with a series number and the issue date.
      '**Research Briefing** | Number CBP-10291 | 21 April 2026\nBy Eleanor Hartley, Tom Baines and Priya Nandakumar',
    ])
      assert.deepEqual(hints(block), [], block);
    // Its dates must still be all on that line, and the line a stamp.
    assert.deepEqual(hints('*Anthropic launched Glasswing on 7 April 2026*\n*Prepared for congressional staff.*'), ['“7 April 2026”']);
    assert.deepEqual(hints('**Anthropic** said **on 7 April 2026**\nthat it would share the model.'), ['“7 April 2026”']);
    assert.deepEqual(hints('Launch | Anthropic | 7 April 2026\nLeak | Fortune | 26 March 2026'), ['“7 April 2026”, “26 March 2026”']);
  });

  it('takes an embargo or a handling line for a stamp (blind QA round 21, O item 8)', () => {
    for (const stamp of [
      '*Not for attribution before April 21, 2026.*',
      '*Prepared for congressional staff. Not for attribution before April 21, 2026.*',
      '*Embargoed until April 21, 2026.*',
      'Embargoed until 00:01 BST on 21 April 2026.',
      'Not for publication before 21 April 2026.',
      // Set in capitals, after the draft's own mark, or a release for now (blind QA round 22, voice item 5).
      'EMBARGOED UNTIL 00:01 BST 21 APRIL 2026',
      '**EMBARGOED UNTIL 00:01 BST 21 APRIL 2026**',
      'DRAFT — NOT FOR CIRCULATION 3 MARCH 2026',
      'FOR IMMEDIATE RELEASE: 21 April 2026',
      'FOR IMMEDIATE RELEASE\nEMBARGOED UNTIL 00:01 BST 21 APRIL 2026',
    ])
      assert.deepEqual(hints(stamp), [], stamp);
    // A sentence in capitals is still a claim, its month read as a month; after a draft's mark, prose is prose.
    assert.deepEqual(hints('ANTHROPIC ANNOUNCED THE MODEL ON 7 APRIL 2026.'), ['“7 APRIL 2026”']);
    assert.deepEqual(hints('Draft: the Act took effect on 3 March 2026.'), ['“3 March 2026”']);
    assert.deepEqual(hints('For immediate release: Anthropic pledged $100 million on 7 April 2026.'), ['“$100 million”, “7 April 2026”']);
    // What follows the handling words is still read.
    assert.deepEqual(hints('Not for attribution: Anthropic launched it on 7 April 2026.'), ['“7 April 2026”']);
    assert.deepEqual(hints('Anthropic kept the model embargoed until 7 April 2026.'), ['“7 April 2026”']);
  });

  it('takes a date alone for the draft\'s: a sentence of an emphasised line, a line of its own, or under the lines that sign the draft (blind QA round 21, J item 14, G item 7)', () => {
    for (const stamp of [
      '*Your weekly briefing on tech policy, from the Wire policy desk. Apr. 10, 2026.*',
      '*April 7, 2026*',
      '22 April 2026',
      'Body text.\n\nFrontier AI Security Team\n22 April 2026',
      'Eleanor Hartley\nHead of Policy, DSIT\n22 April 2026',
    ])
      assert.deepEqual(hints(stamp), [], stamp);
    // A date that ends a sentence of prose broken over lines, or a list's item, is the sentence's.
    assert.deepEqual(hints('Anthropic announced the model on\n7 April 2026.'), ['“7 April 2026”']);
    assert.deepEqual(hints('The model was launched by Anthropic\n7 April 2026'), ['“7 April 2026”']);
    assert.deepEqual(hints('Key dates:\n\n- 7 April 2026\n- 26 March 2026'), ['“7 April 2026”', '“26 March 2026”']);
    assert.deepEqual(hints('| Event | Date |\n|---|---|\n| Launch | 7 April 2026 |'), ['“7 April 2026”']);
  });

  it('reads a month abbreviated in capitals, as military and wire dates write it: "21 APR 2026" (a leftover of blind QA round 22)', () => {
    assert.deepEqual(hints('EMBARGOED UNTIL 00:01 BST 21 APR 2026'), []);
    assert.deepEqual(hints('ANTHROPIC ANNOUNCED THE MODEL ON 7 APR 2026.'), ['“7 APR 2026”']);
    // On record: the announcement on April 7, 2026; the fix keeps the writer's style.
    const text = 'Anthropic announced Project Glasswing on 9 APR 2026.[1]\n\n[1]: https://example.com "Project Glasswing"\n';
    const wrong = analyzer.analyze(text).findings.filter((f) => f.code === 'PL006');
    assert.deepEqual(wrong.map((f) => text.slice(f.span.start, f.span.end)), ['9 APR 2026']);
    assert.equal(wrong[0].fixes[0]?.edits[0]?.newText, '7 APR 2026');
  });
  it('reads a weekday before a stamp\'s date as part of the date: "*… briefing. Thursday, April 16, 2026.*" (blind QA round 25, N item 2)', () => {
    for (const stamp of [
      '*Your weekly AI-and-security briefing from Maya Castellanos. Thursday, April 16, 2026.*',
      '*Published Thursday, 16 April 2026.*',
      'Published Thursday, 16 April 2026.',
      'Updated Thu 16 April 2026',
    ])
      assert.deepEqual(hints(stamp), [], stamp);
    // A weekday that is no part of the date, or a sentence of prose, keeps its hint.
    assert.deepEqual(hints('Anthropic announced the model on Tuesday, April 7, 2026.'), ['“April 7, 2026”']);
    assert.deepEqual(hints('Published April 16, 2026, Thursday'), ['“April 16, 2026”']);
  });

  it('takes a log entry\'s bracketed stamp, "**Q1** (received 30 April 2026)", and a second stamp of a stamp line, for stamps (blind QA round 25, P items 10 and 11)', () => {
    for (const stamp of [
      '**Q1** (received 30 April 2026)\n\nDoes the scope include staging systems?',
      'Question 4. (answered on 6 May 2026)',
      '(submitted 2 May 2026)',
      '*Addendum 2. Published 19 May 2026. This log supersedes Addendum 1 (published 11 May 2026).*',
    ])
      assert.deepEqual(hints(stamp), [], stamp);
    // Another's document, a bracket inside prose, or a stamp line that names a party of the fact base keeps its hint.
    assert.deepEqual(hints('The Commission\'s guidance (published 7 April 2026) applies to all firms.'), ['“7 April 2026”']);
    assert.deepEqual(hints('Q1 (received 30 April 2026) was about staging.'), ['“30 April 2026”']);
    assert.deepEqual(hints('*Addendum 2. Published 19 May 2026. It replaces Anthropic\'s card (published 11 May 2026).*'), ['“11 May 2026”']);
  });

  it('takes a masthead that opens on its issuer\'s name in bold and ends on its date, with no series number, for a stamp (blind QA round 18, tester H item H2, tester S item 4.1)', () => {
    for (const stamp of [
      '**Science, Innovation and Technology Committee** | Briefing pack | 18 May 2026',
      '**Science, Innovation and Technology Committee** | Summary of oral evidence | 22 May 2026',
      '**CSM-7042 AI Security and Governance** · MSc Cyber Security · Autumn term 2026',
    ])
      assert.deepEqual(hints(stamp), [], stamp);
    // A party of the fact base, a name that signs nothing, a figure in a part, more after the date, or no bold name keeps its hint.
    assert.deepEqual(hints('**Project Glasswing** | Launch | 7 April 2026'), ['“7 April 2026”']);
    assert.deepEqual(hints('**Frontier AI timeline** | Leak | 26 March 2026'), ['“26 March 2026”']);
    assert.deepEqual(hints('**Science Committee** | 40 partners | 18 May 2026'), ['“40”, “18 May 2026”']);
    assert.deepEqual(hints('**Science Committee** | Briefing pack | 18 May 2026, after the leak'), ['“18 May 2026”']);
    assert.deepEqual(hints('Science Committee | Briefing pack | 18 May 2026'), ['“18 May 2026”']);
  });

  it('takes a course\'s own header fields, its academic year, term, credits and hours, for no claim (blind QA round 18, tester S item 4.1)', () => {
    for (const line of ['**Academic year:** 2026/27, Autumn term · **Credits:** 15 (150 notional study hours)', 'Level: 7 · ECTS: 7.5'])
      assert.deepEqual(hints(line), [], line);
    // A field of another label, or one that names a party of the fact base or says more, keeps its hint.
    assert.deepEqual(hints('**Academic year:** 2026/27 · **Partners:** 40'), ['“2026/27”, “40”']);
    assert.deepEqual(hints('**Credits:** Anthropic gave $100 million in usage credits'), ['“$100 million”']);
    assert.deepEqual(hints('**Term:** 12 months, after the launch of the model on 7 April 2026 and the leak that came before'), ['“12 months”, “7 April 2026”']);
  });

  it('takes a publication\'s own header fields, when it came out, was recorded or updated and how long it runs, for no claim (blind QA round 19, tester P item 2)', () => {
    for (const line of [
      '**Released:** Tuesday, April 14, 2026 · **Runtime:** 58:42 · **Recorded:** April 10, 2026 (remote, three studios)',
      '**Released:** April 14, 2026 · **Runtime:** 58 min',
      'Issue: 17 | Published: 20 April 2026 | Editor: Tomás Ferreira',
    ])
      assert.deepEqual(hints(line), [], line);
    // A field of another label, a lone field, a part that is no field, or a line that names a party of the fact base keeps its hint.
    assert.deepEqual(hints('**Released:** 7 April 2026 · **Partners:** 40'), ['“7 April 2026”, “40”']);
    assert.deepEqual(hints('**Length:** 244 pages'), ['“244 pages”']);
    assert.deepEqual(hints('**Episode:** 187 · the model found 181 exploits'), ['“187”, “181”']);
    assert.deepEqual(hints('**Length:** 244 pages · **Developer:** Anthropic'), ['“244 pages”']);
  });

  it('reads the time of day and its zone after a byline\'s stamp date as part of the stamp (blind QA round 19, tester F item 2)', () => {
    for (const byline of ['*By Priya Raman, ClearSight Verify · Published 14 April 2026, 07:00 ET · Updated 15 April 2026, 09:40 ET*', '*Updated 15 April 2026, 9:40 am BST*'])
      assert.deepEqual(hints(byline), [], byline);
    // A word after the date that is no zone, or a zone with no time before it, keeps the hint.
    assert.deepEqual(hints('*By Priya Raman · Published 14 April 2026, 07:00 ET in Washington*'), ['“14 April 2026”']);
    assert.deepEqual(hints('*By Priya Raman · Published 14 April 2026 ET*'), ['“14 April 2026”']);
  });

  it('takes a sentence that says up to which day the document\'s information runs for a stamp (blind QA round 18, tester H item H3)', () => {
    for (const stamp of [
      '*Prepared by the Library and Research Service for Members of the Committee. Not for publication. This briefing reflects information available on 15 May 2026.*',
      'Information correct as at 15 May 2026.',
      'Data as of 20 April 2026.',
      'All figures are correct as of 1 May 2026.',
      'The information in this note is accurate as at 3 June 2026.',
    ])
      assert.deepEqual(hints(stamp), [], stamp);
    // Another's information, one that says more after its date, or a stamp inside a sentence of the world keeps its hint.
    assert.deepEqual(hints('The system card reflects information available on 7 April 2026.'), ['“7 April 2026”']);
    assert.deepEqual(hints("Anthropic's data is correct as of 7 April 2026."), ['“7 April 2026”']);
    assert.deepEqual(hints('This briefing reflects information available on 15 May 2026, when 40 partners had joined.'), ['“15 May 2026”, “40”']);
    assert.deepEqual(hints('Anthropic announced the model, and this briefing reflects information available on 15 May 2026.'), ['“15 May 2026”']);
  });

  it('takes a price stamp for a currency stamp: "Prices in this report are as of the 7 April 2026 close unless stated otherwise." (blind QA round 19, tester E item H-2)', () => {
    for (const stamp of ['Prices in this report are as of the 7 April 2026 close unless stated otherwise.', 'Share prices as of 7 April 2026 close.', 'Market data as at 31 March 2026, unless otherwise noted.'])
      assert.deepEqual(hints(stamp), [], stamp);
    // Another's prices, or a stamp that says more after its date, keep their hint.
    assert.deepEqual(hints("Anthropic's prices are as of the 7 April 2026 close."), ['“7 April 2026”']);
    assert.deepEqual(hints('Prices are as of the 7 April 2026 close, when the stock rose 3.8%.'), ['“7 April 2026”, “3.8%”']);
  });

  it('takes the piece\'s own length in a stamp line for no claim: "*… Runtime 58 minutes.*" (blind QA round 25, N P4)', () => {
    for (const stamp of ['*Show notes. Published April 17, 2026. Runtime 58 minutes.*', '*6 min read*', '_Reading time: about 6 minutes._']) assert.deepEqual(hints(stamp), [], stamp);
    assert.deepEqual(hints('The system card runs to 244 pages.'), ['“244 pages”']);
    assert.deepEqual(hints('*The episode ran 58 minutes.*'), ['“58 minutes”']);
  });

  it('takes a draft\'s number glued to "v" for part of the stamp (blind QA round 30, tester L item 3)', () => {
    for (const stamp of [
      '*Excerpt for partner review. DRAFT v3, circulated April 14, 2026. Privileged & Confidential / Attorney Work Product.*',
      '*Draft v2.1, circulated 21 April 2026.*',
    ])
      assert.deepEqual(hints(stamp), [], stamp);
    // A "v" glued to a number that is no draft's, or other words, leaves a claim.
    assert.deepEqual(hints("*Anthropic's v3 model, released April 14, 2026.*"), ['“April 14, 2026”']);
  });
});
