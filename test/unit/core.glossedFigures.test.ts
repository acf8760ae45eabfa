// "By the numbers" lists: a figure set first and glossed after a dash (QA round 21, tester J, items 1 and 11).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** Each PL006 of `text`: the figure it covers and the text its fix writes in its place. */
function contradictions(text: string): [string, string][] {
  return bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .map((f) => [text.slice(f.span.start, f.span.end), f.fixes[0]?.edits[0]?.newText ?? '']);
}

/** The status of each claim of `text` that holds a figure, with its facts. */
function statuses(text: string): string[] {
  return bundledAnalyzer
    .analyze(text)
    .claims.filter((c) => c.values.length)
    .map((c) => `${c.status}:${(c.facts ?? []).join(',')}`);
}

describe('a figure glossed after a dash', () => {
  it('reads the unit the gloss names: "age in years" is an age, "pages" a page count', () => {
    // On record: the FFmpeg bug is 16 years old; automated tools passed over it five million times.
    const bullet = '- **16** — age in years of the FFmpeg bug it found, which automated tools had missed 5 million times\n';
    assert.deepEqual(contradictions(bullet), []);
    assert.deepEqual(statuses(bullet), ['confirmed:ffmpeg-bug-age,ffmpeg-test-passes']);
    // The fix writes the figure alone: the gloss holds the unit.
    assert.deepEqual(contradictions('- **17** — age in years of the FFmpeg bug Mythos Preview found\n'), [['17', '16']]);
    assert.deepEqual(contradictions('- **144** — pages in the Mythos Preview system card\n'), [['144', '244']]);
  });

  it('does not hold a figure against a fact whose own figure a relative clause gives after "the bug it found"', () => {
    // Without the gloss's unit, the 16 is a bare count; the 5 million is the passes', in the clause on "the FFmpeg bug".
    assert.deepEqual(contradictions('- **16**, the FFmpeg bug it found, which automated tools had missed 5 million times\n'), []);
  });

  it('gives a list item whose pronoun points back the subject of the item before', () => {
    // On record: Mythos Preview scores 83.1% on CyberGym and 77.8% on SWE-bench Pro.
    assert.deepEqual(contradictions("- **83.1%** — Mythos Preview's CyberGym score\n- **93.9%** — its score on SWE-bench Pro\n"), [['93.9%', '77.8%']]);
    // An item that names its own subject before the pronoun keeps it.
    assert.deepEqual(contradictions("- **83.1%** — Mythos Preview's CyberGym score\n- **53.4%** — Opus 4.6 and its score on SWE-bench Pro\n"), []);
  });

  it('reads "N days between" two events as the gap a "days after" fact counts, in a bullet and in prose', () => {
    // On record: eleven days from the leak to the announcement.
    assert.deepEqual(contradictions('- **12** — days between the Mythos leak and the launch\n'), [['12', '11']]);
    assert.deepEqual(contradictions('There were 12 days between the Mythos leak and the launch.\n'), [['12 days', '11 days']]);
    assert.deepEqual(contradictions('There were 11 days between the Mythos leak and the launch.\n'), []);
  });
});
