import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const pl001 = (text: string) =>
  analyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL001')
    .map((f) => f.range.start.line);

// Blind QA round 31, tester B items 1.3–1.5: a board paper quotes its own statements, proposals and register.
describe("a board paper's own text in quotation marks", () => {
  const statement = '"The Group has a low appetite for cyber risk and will not accept risks that could result in a material loss of customer data."';

  it('is the current text under review after "The current statement (…) reads:" (B item 1.3)', () => {
    assert.deepEqual(pl001(`6.1 The current statement, approved by the Board on 9 December 2025, reads: ${statement}\n`), []);
    for (const subject of ['The current statement', 'The current risk appetite statement', 'The current policy', 'The current definition']) {
      assert.deepEqual(pl001(`${subject} reads: ${statement}\n`), [], subject);
    }
  });
  it('is a quotation when the phrase between credits the words, or another text is the subject', () => {
    assert.deepEqual(pl001(`The current policy, Graham said, reads: ${statement}\n`), [0]);
    assert.deepEqual(pl001(`Anthropic's current policy reads: ${statement}\n`), [0]);
    assert.deepEqual(pl001(`The statement, approved by the Board on 9 December 2025, reads: ${statement}\n`), [0]);
  });

  const proposal = '> Halden has a very low appetite for the loss, corruption or unauthorised disclosure of customer payroll data.\n';
  it('is the writer\'s own wording in a block quote a proposal label offers (B item 1.4)', () => {
    for (const label of ['6.2 Proposed replacement, for recommendation to the Board:', 'Proposed risk appetite statement:', '**Suggested wording:**', 'We reviewed the options. Draft resolution:']) {
      assert.deepEqual(pl001(`${label}\n\n${proposal}`), [], label);
    }
  });
  it("is a quotation after a sentence that reports another's proposal, or when the words are on record", () => {
    assert.deepEqual(pl001(`Zemlin made a proposal:\n\n${proposal}`), [2]);
    assert.deepEqual(pl001(`6.2 Replacement:\n\n${proposal}`), [2]);
    assert.deepEqual(pl001(`Proposed wording:\n\n> We did not feel comfortable releasing this generally.\n`), [2]);
  });

  it("is the title of an entry of the writer's own register after its id (B item 1.5)", () => {
    assert.deepEqual(pl001('1.1 This paper asks the Committee to (a) note a new principal risk, R-14 "Frontier-AI-enabled cyber attack", (b) approve the plan.\n'), []);
    assert.deepEqual(pl001('Risk RISK-7 "Loss of key supplier data" stays Amber.\n'), []);
  });
  it('is a quotation after an id when a verb of saying reports it, or it runs to a sentence', () => {
    assert.deepEqual(pl001('Graham said of R-14 "we did not expect the model to find so many flaws so soon".\n'), [0]);
    assert.deepEqual(pl001('R-14 "the model found thousands of flaws in every major operating system and every major web browser in a few weeks" is new.\n'), [0]);
  });
});

// Blind QA round 31, tester B item 1.2: minutes record what the members of their meeting said.
describe('words the minutes record a member of the meeting saying', () => {
  const head = '# Halden Systems plc — Minutes of a meeting of the Board of Directors\n\n## Present\n\n- Sir Malcolm Reid (Chair)\n- Helen Achterberg (Senior Independent Director)\n- Rafael Ortiz (Independent Non-Executive Director)\n\n## In attendance\n\n- Tomasz Wieczorek (Chief Information Security Officer)\n\n## Apologies\n\n- Gareth Mills (Independent Non-Executive Director)\n\n## 26/044 Frontier AI\n\n';
  const lines = (body: string) => pl001(head + body).map((l) => l - head.split('\n').length + 1);
  it('are the record of the meeting: no PL001', () => {
    assert.deepEqual(lines('Ms Achterberg said: "I would rather we overspend on patching this year than explain a breach."\n'), []);
    assert.deepEqual(lines('Mr Ortiz said he was "persuaded on the rating, less so on the price".\n'), []);
    assert.deepEqual(lines('44.9 After discussion the Chair said: "This is exactly the kind of risk where the Board needs to be ahead."\n'), []);
    assert.deepEqual(lines('The CISO said: "We patch internet-facing systems within seven days now."\n'), []);
    // Its figures are the speaker's, as the minutes record them: no PL007 either.
    const findings = analyzer.analyze(`${head}Ms Achterberg said: "I would rather we overspend than explain a breach to 2.3 million employees."\n`).findings;
    assert.deepEqual(findings.map((f) => f.code), []);
  });
  it("keep PL001 for an outsider, one who sent apologies, another's words reported, or outside minutes", () => {
    assert.deepEqual(lines('Hegseth said "the company poses a risk we cannot accept".\n'), [0]);
    assert.deepEqual(lines('Mr Mills said: "I would rather we overspend on patching this year."\n'), [0]);
    assert.deepEqual(lines('Mr Ortiz said he had been struck by Anthropic\'s description of the model as "the most careful model ever".\n'), [0]);
    assert.deepEqual(lines('Mr Ortiz said the regulator\'s phrase was "a clear and present danger".\n'), [0]);
    assert.deepEqual(lines('Ms Achterberg said: "We did not feel comfortable releasing this generally."\n'), [0]);
    const paper = head.replace('Minutes of a meeting of the Board of Directors', 'Board paper');
    assert.equal(pl001(`${paper}Ms Achterberg said: "I would rather we overspend on patching this year."\n`).length, 1);
  });
});
