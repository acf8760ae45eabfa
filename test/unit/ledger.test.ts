import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { buildLedger, oneLine } from '../../src/core/ledger/buildLedger';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

const draft = [
  '# Ledger draft',
  '',
  'Anthropic announced Project Glasswing on April 7, 2026.[1]',
  '',
  'Mythos Preview scored 86.1% on CyberGym when it was announced.[1]',
  '',
  'Logan Graham told CNN: "We did not feel comfortable releasing this widely."[2]',
  '',
  'Logan Graham told CNN: "We did not feel comfortable releasing this generally."[2]',
  '',
  'A spokesperson said "the ledger lists this quotation without any source" to reporters.',
  '',
  'An analyst called it "a program with a long road ahead of it".[2]',
  '',
  'The team spent 45 hours on the review.[11]',
  '',
  '## References',
  '',
  '1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic',
  '2. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN',
  '',
].join('\n');

describe('the claims ledger', () => {
  const analysis = analyzer.analyze(draft);
  const ledger = buildLedger(analysis, analyzer.factIndex);
  const [claims, quotations, citations] = ledger.groups;

  it('has three groups whose labels count each status', () => {
    assert.deepEqual(ledger.groups.map((g) => g.kind), ['claims', 'quotations', 'citations']);
    assert.equal(claims.label, 'Claims — 1 contradicted, 1 confirmed, 5 unverified');
    assert.equal(quotations.label, 'Quotations — 1 unsourced, 1 misquoted, 1 on record, 1 other');
    assert.deepEqual(quotations.counts.map((c) => c.status), ['unsourced', 'misquoted', 'misattributed', 'on-record', 'other']);
    assert.equal(citations.label, 'Citations — 1 unresolved, 5 resolved');
    assert.deepEqual(claims.counts, [
      { status: 'contradicted', count: 1 },
      { status: 'confirmed', count: 1 },
      { status: 'unverified', count: 5 },
    ]);
    assert.equal(claims.items.length, analysis.claims.length);
    assert.equal(quotations.items.length, analysis.quotes.length);
    assert.equal(citations.items.length, analysis.citations.length);
  });

  it('lists contradicted claims first, with their status icon, text, figures and the fact on record', () => {
    const [first, second] = claims.items;
    assert.equal(first.status, 'contradicted');
    assert.equal(first.icon, 'error');
    assert.equal(first.tone, 'bad');
    assert.equal(first.label, 'Mythos Preview scored 86.1% on CyberGym when it was announced.[1]');
    assert.equal(first.description, '86.1% · line 5');
    assert.match(first.tooltip, /^Contradicts the fact base\./);
    assert.match(first.tooltip, /On record: .*83\.1%/);
    assert.match(first.tooltip, /✗ “86\.1%” contradicts the record: 83\.1%/);
    assert.deepEqual(first.range.start, { line: 4, character: 0 });
    assert.equal(second.status, 'confirmed');
    assert.equal(second.icon, 'pass');
    assert.match(second.tooltip, /✓ “April 7, 2026” agrees/);
    assert.ok(claims.items.slice(2).every((i) => i.status === 'unverified' && i.icon === 'question'));
    // Within a status, document order.
    const lines = claims.items.slice(2).map((i) => i.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
  });

  it('sorts quotations unsourced, misquoted, on record, other, and says who said the words on record', () => {
    assert.deepEqual(quotations.items.map((i) => i.status), ['unsourced', 'misquoted', 'on-record', 'other']);
    const [unsourced, misquoted, onRecord, other] = quotations.items;
    assert.equal(unsourced.label, '“the ledger lists this quotation without any source”');
    assert.match(unsourced.description, /^no source · line 11$/);
    assert.equal(unsourced.icon, 'warning');
    assert.match(misquoted.tooltip, /Differs from the words on record:\n {2}“We did not feel comfortable releasing this generally\.?”/);
    assert.match(misquoted.description, /^\[2\] · Logan Graham · line 7$/);
    assert.equal(onRecord.icon, 'pass');
    assert.match(onRecord.tooltip, /On record:/);
    assert.equal(other.label, '“a program with a long road ahead of it”');
  });

  it('lists unresolved citation markers first, then where each marker resolves', () => {
    assert.equal(citations.items[0].label, '[11] → no reference');
    assert.equal(citations.items[0].status, 'unresolved');
    assert.match(citations.items[0].tooltip, /\[11\] matches no reference/);
    assert.equal(citations.items[1].label, '[1] → Project Glasswing: Securing Critical Software for the AI Era');
    assert.ok(citations.items.slice(1).every((i) => i.status === 'resolved' && i.icon === 'pass'));
    const marker = citations.items[0].range;
    assert.equal(draft.split('\n')[marker.start.line].slice(marker.start.character, marker.end.character).replace(/[[\]]/g, ''), '11');
  });

  it('says "none" for an empty group and works without a fact base', () => {
    const empty = buildLedger(analyzer.analyze('# Nothing here\n\nJust words.\n'));
    assert.deepEqual(empty.groups.map((g) => g.label), ['Claims — none', 'Quotations — none', 'Citations — none']);
    const bare = buildLedger(createAnalyzer().analyze('It grew 40% in 2025.[3]\n'));
    assert.equal(bare.groups[0].label, 'Claims — 1 unverified');
    assert.equal(bare.groups[2].items[0].label, '[3] → no reference');
  });

  it('gives a quotation credited to another speaker than the record\'s (PL005) a status of its own', () => {
    const misattributed = analyzer.analyze(
      'Dario Amodei said that "we did not feel comfortable releasing this generally" when asked.[1]\n\n## References\n\n1. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n',
    );
    assert.ok(misattributed.findings.some((f) => f.code === 'PL005'));
    const [, quotes] = buildLedger(misattributed, analyzer.factIndex).groups;
    assert.equal(quotes.label, 'Quotations — 1 misattributed');
    const [item] = quotes.items;
    assert.equal(item.status, 'misattributed');
    assert.equal(item.icon, 'error');
    assert.equal(item.tone, 'bad');
    assert.match(item.tooltip, /credited to Dario Amodei, but on record these are the words of Logan Graham/);
  });

  it('keeps every label and description on one line, without invisible characters', () => {
    const tricky = analyzer.analyze('He said "one two\u202e three\nfour five" in 2025.[1]\n\n## References\n\n1. A\u200b title\n');
    for (const group of buildLedger(tricky, analyzer.factIndex).groups) {
      for (const item of group.items) {
        assert.doesNotMatch(item.label + item.description, /[\n\r\u202e\u200b]/, item.label);
        assert.doesNotMatch(item.tooltip, /[\u202e\u200b]/);
      }
    }
    assert.equal(oneLine('a\n  b\tc', 100), 'a b c');
    assert.equal(oneLine('alpha beta gamma delta', 12), 'alpha beta…');
  });
});
