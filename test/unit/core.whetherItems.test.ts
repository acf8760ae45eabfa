// An indirect question that opens its sentence, as the items of a list under a lead-in that asks
// do, asserts none of its figures, as "Members may ask whether …" does in prose (blind QA
// round 14, G item 10).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl007 = (text: string): string[] => findingTexts('PL007', text);
const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('an indirect question that opens its sentence', () => {
  it('asserts none of the figures of a list item that opens on "whether"', () => {
    const asks = "Members may wish to ask:\n\n- whether the Government will bring forward the legislation first promised in the King's Speech of 17 July 2024; and\n- whether the AISI has sought access.\n";
    assert.deepEqual(pl007(asks), []);
    const include = '4.5 Points that Members may wish to raise with the Government include:\n\n- whether the system card really runs to 300 pages;\n- whether the partners were told before April 7.\n';
    assert.deepEqual(pl007(include), []);
    assert.deepEqual(pl006(include), []);
    // As in prose.
    assert.deepEqual(pl007("Members may ask whether the Government will bring forward the legislation first promised in the King's Speech of 17 July 2024."), []);
  });

  it('asserts the figures of the clause after it, and of an item that asks nothing', () => {
    assert.deepEqual(pl007('Whether or not the leak was deliberate, Anthropic announced the model on April 7, 2026.'), ['April 7, 2026']);
    assert.deepEqual(pl007('Questions:\n\n- whether it was deliberate; the leak came on March 26\n- how the company spent $40 million\n'), ['March 26', '$40 million']);
    assert.deepEqual(pl006('Whether or not the leak was deliberate, Anthropic announced Claude Mythos Preview on April 9, 2026.'), ['April 9, 2026']);
  });
});
