// A quotation holding the record's words with its clauses in another order is a misquote (PL004).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { indexFactBase } from '../../src/core/factbase/factIndex';
import { matchRecord } from '../../src/core/factcheck/quoteMatch';
import { applyFix } from './core.fixes.test';

const index = indexFactBase(bundledFactBase());
const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const sources = '\n\n## Sources\n\n4. Alignment Risk Update - Anthropic\n10. CNN piece - CNN\n';
const misquotes = (text: string) => analyzer.analyze(text + sources).findings.filter((f) => f.code === 'PL004');

describe('quotations with the words on record in another order', () => {
  it('reports swapped clauses as a misquote, and its fix puts the record’s order back', () => {
    const text = 'The Alignment Risk Update calls the risk "higher than for previous models, but very low".[4]';
    const [found, ...rest] = misquotes(text);
    assert.equal(rest.length, 0);
    assert.match(found.message, /in another order: “very low, but higher than for previous models”/);
    const fix = found.fixes.find((f) => f.isPreferred);
    assert.ok(fix);
    assert.equal(applyFix(text + sources, fix), 'The Alignment Risk Update calls the risk "very low, but higher than for previous models".[4]' + sources);
    assert.equal(analyzer.analyze(text + sources).quotes[0].recordMatch, 'reordered');
  });

  it('reports a clause moved to the other end, keeping the writer’s capital', () => {
    const text = 'Graham said: “Releasing this generally, we did not feel comfortable.”[10]';
    const [found] = misquotes(text);
    assert.match(found?.message ?? '', /in another order/);
    assert.equal(applyFix(text + sources, found.fixes[0]), 'Graham said: “We did not feel comfortable releasing this generally.”[10]' + sources);
  });

  it('does not report two pieces of a record quoted in its order, or apart, or words it merely shares', () => {
    assert.deepEqual(misquotes('The update calls the risk "very low" but "higher than for previous models".[4]'), []);
    assert.deepEqual(misquotes('The update calls the risk "very low … higher than for previous models".[4]'), []);
    assert.deepEqual(misquotes('The update calls the risk "very low, but higher than for previous models".[4]'), []);
    // The record's words shuffled one by one are no clause moved: another text that uses them.
    assert.equal(matchRecord('models previous for than higher but low very', index)?.kind, undefined);
    // Most, not all, of the record's words in another order: no reordering.
    assert.notEqual(matchRecord('previous models were very low, but higher', index)?.kind, 'reordered');
  });
});
