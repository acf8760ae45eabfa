import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { indexFactBase } from '../../src/core/factbase/factIndex';
import { factBaseSchema, type FactBaseInput } from '../../src/core/factbase/schema';
import { citationCard, claimCard, entityCard, formatFactValue, hoverAt, md, mdLink, quoteCard, referenceCard, safeUrl } from '../../src/core/hover';
import type { Analysis, Citation, Claim, Quotation, Range, ReferenceInfo } from '../../src/core/types';

// Render as VS Code would, but stricter: raw HTML on, so anything not escaped would show up.
const renderer = new MarkdownIt({ html: true, linkify: true });
const render = (markdown: string) => renderer.render(markdown);

function hrefs(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
}

function assertInert(markdown: string): void {
  const html = render(markdown);
  assert.doesNotMatch(html, /<(img|script|iframe|svg|object|embed|style)\b|<[a-z][^>]*\son\w+=|<a [^>]*href="(?!https?:)/i, html);
  for (const href of hrefs(html)) assert.match(href, /^https?:\/\//, `unsafe link ${href}`);
}

const r = (line: number, start: number, end: number, endLine = line): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});
const span = { start: 0, end: 0 };

const base: FactBaseInput = {
  version: 1,
  entities: [
    {
      id: 'anthropic',
      kind: 'organization',
      name: 'Anthropic',
      summary: 'AI safety company that developed Claude Mythos Preview.',
      url: 'https://www.anthropic.com',
    },
    {
      id: 'claude-mythos-preview',
      kind: 'model',
      name: 'Claude Mythos Preview',
      aliases: ['Mythos Preview', 'Mythos'],
      summary: 'Frontier model withheld from general release.',
      memberOf: ['anthropic'],
    },
    { id: 'logan-graham', kind: 'person', name: 'Logan Graham', summary: 'Leads the frontier red team.', roles: ['Head of the frontier red team'] },
  ],
  facts: [
    {
      id: 'mythos-cybergym',
      statement: 'Claude Mythos Preview scores 83.1% on CyberGym.',
      entities: ['claude-mythos-preview'],
      measure: 'cybergym-score',
      value: { type: 'percent', value: 83.1 },
      sources: ['glasswing'],
    },
    {
      id: 'glasswing-credits',
      statement: 'Up to $100 million in usage credits.',
      entities: ['anthropic'],
      value: { type: 'money', amount: 100_000_000, currency: 'USD', approx: 'up-to' },
      sources: ['glasswing'],
    },
  ],
  sources: [
    { id: 'glasswing', number: 1, title: 'Project Glasswing', publisher: 'Anthropic', kind: 'web', url: 'https://www.anthropic.com/glasswing' },
    { id: 'cnn', number: 10, title: 'Anthropic releases its most powerful model', publisher: 'CNN', kind: 'news' },
  ],
  quotations: [
    {
      id: 'graham-comfortable',
      text: 'We did not feel comfortable releasing this generally.',
      speaker: 'logan-graham',
      where: 'told CNN',
      date: '2026-04-07',
      sources: ['cnn'],
    },
  ],
  relations: [{ from: 'anthropic', to: 'claude-mythos-preview', type: 'developed' }],
};
const index = indexFactBase(factBaseSchema.parse(base));

const references: ReferenceInfo[] = [
  { kind: 'list-item', label: '1', title: 'Project Glasswing', publisher: 'Anthropic', url: 'https://www.anthropic.com/glasswing', text: 'Project Glasswing - Anthropic', range: r(10, 0, 33) },
  { kind: 'list-item', label: '2', title: 'Unused source', text: 'Unused source', range: r(11, 0, 16) },
];

const citation = (label: string, range: Range, referenceIndex?: number): Citation => ({
  label,
  kind: 'numeric',
  range,
  span,
  resolved: referenceIndex !== undefined,
  ...(referenceIndex !== undefined ? { referenceIndex } : { unresolvedReason: `There is no item ${label} in the References list (it has 2 items).` }),
});

const quote = (over: Partial<Quotation> = {}): Quotation => ({
  text: 'We did not feel comfortable releasing this generally.',
  range: r(2, 20, 75),
  span,
  kind: 'inline',
  wordCount: 8,
  sourced: false,
  citations: [],
  unresolvedCitations: [],
  onRecord: null,
  sentenceIndex: 0,
  ...over,
});

const claim = (over: Partial<Claim> = {}): Claim => ({
  text: 'Mythos Preview scores 83.1% on CyberGym.',
  range: r(0, 0, 40),
  span,
  kinds: ['percentage'],
  values: [{ kind: 'percentage', text: '83.1%', range: r(0, 22, 27), span, number: 83.1, unit: '%' }],
  status: 'confirmed',
  facts: ['mythos-cybergym'],
  checks: [{ factId: 'mythos-cybergym', verdict: 'agrees', valueIndex: 0, recordText: '83.1%' }],
  citations: ['1'],
  unresolvedCitations: [],
  sentenceIndex: 0,
  ...over,
});

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    version: 1,
    entities: [],
    citations: [],
    references,
    quotes: [],
    claims: [],
    sentences: [],
    findings: [],
    bibliographyFiles: [],
    ...over,
  };
}

describe('hover cards', () => {
  describe('escaping', () => {
    it('escapes every Markdown special character so text renders as written', () => {
      const nasty = '*bold* _em_ `code` [link](http://x) <b>html</b> # heading & &amp; | table | ~~s~~ \\ $(icon)';
      const html = render(md(nasty));
      assert.doesNotMatch(html, /<(strong|em|code|a|b|h1|del|table)\b/);
      assert.ok(html.includes('&lt;b&gt;html&lt;/b&gt;'), html);
      assert.ok(html.includes('&amp;amp;'), 'an entity in data stays literal');
    });

    it('keeps data on one line so it cannot start a block', () => {
      const html = render(md('first\n# Heading\n\n- item\n    code\n> quote'));
      assert.doesNotMatch(html, /<(h1|ul|li|pre|blockquote)\b/);
      assert.equal(md('a\r\nb\u2028c'), 'a b c');
    });

    it('links only to http and https addresses', () => {
      assert.equal(safeUrl('command:workbench.action.quit'), undefined);
      assert.equal(safeUrl('javascript:alert(1)'), undefined);
      assert.equal(safeUrl('file:///etc/passwd'), undefined);
      assert.equal(safeUrl('vscode://settings'), undefined);
      assert.equal(safeUrl('https://a.example/x y'), undefined);
      assert.equal(safeUrl('https://a.example/(x)'), 'https://a.example/%28x%29');
      assert.equal(mdLink('Quit', 'command:workbench.action.quit'), 'Quit');
    });

    it('renders an injection attempt in a fact base inert', () => {
      const evil = indexFactBase(
        factBaseSchema.parse({
          version: 1,
          entities: [
            {
              id: 'evil',
              kind: 'organization',
              name: '[x](command:workbench.action.quit)',
              aliases: [],
              summary: '<img src=x onerror=alert(1)> and [click](command:workbench.action.quit) and <command:foo>',
              roles: ['<script>alert(1)</script>'],
            },
          ],
          facts: [
            {
              id: 'evil-fact',
              statement: '![img](javascript:alert(1)) [a](command:x "t")',
              entities: ['evil'],
              sources: ['evil-source'],
            },
          ],
          sources: [
            { id: 'evil-source', title: '[t](command:workbench.action.quit)', publisher: '<img src=x onerror=alert(1)>', kind: 'web', url: 'https://ok.example/")[x](command:quit' },
          ],
          quotations: [],
          relations: [{ from: 'evil', to: 'evil', type: '](command:x)' }],
        }),
      );
      const entity = evil.entity('evil');
      assert.ok(entity);
      const card = entityCard(evil, entity, { mentions: 1 });
      assertInert(card);
      const html = render(card);
      assert.ok(html.includes('[x](command:workbench.action.quit)'), 'the name is shown as written');
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the HTML is shown as text');
    });

    it('renders an injection attempt in a document inert', () => {
      const evilReference: ReferenceInfo = {
        kind: 'definition',
        label: '1',
        title: '<img src=x onerror=alert(1)>',
        publisher: '[x](command:workbench.action.quit)',
        url: 'command:workbench.action.quit',
        text: '<script>alert(1)</script>',
        range: r(4, 0, 10),
      };
      assertInert(citationCard(citation('1', r(0, 0, 3), 0), [evilReference]));
      assertInert(citationCard({ ...citation('<b>', r(0, 0, 3)), unresolvedReason: '[x](command:quit)' }, []));
      assertInert(quoteCard(index, quote({ text: '<img src=x onerror=alert(1)>', citations: ['](command:x)'], sourced: true })));
      assertInert(referenceCard(evilReference, 0, []));
      assertInert(
        claimCard(index, claim({ values: [{ kind: 'count', text: '<img src=x onerror=1>', range: r(0, 0, 1), span }], checks: [{ factId: 'mythos-cybergym', verdict: 'contradicts', valueIndex: 0, recordText: '[q](command:quit)' }] })),
      );
    });
  });

  describe('entity', () => {
    it('shows name, kind, summary, key facts with figures and sources, related entities and mentions', () => {
      const entity = index.entity('claude-mythos-preview');
      assert.ok(entity);
      const html = render(entityCard(index, entity, { mentions: 3 }));
      assert.match(html, /<strong>Claude Mythos Preview<\/strong>/);
      assert.match(html, /model/);
      assert.match(html, /Frontier model withheld/);
      assert.match(html, /83\.1%/);
      assert.match(html, /<a href="https:\/\/www\.anthropic\.com\/glasswing">Project Glasswing<\/a>/);
      assert.match(html, /part of <strong>Anthropic<\/strong>/);
      assert.match(html, /<strong>Anthropic<\/strong> developed this/);
      assert.match(html, /Mentioned 3 times in this document/);
    });

    it('states figures and dates in the same words as diagnostic messages', () => {
      assert.equal(formatFactValue({ type: 'money', amount: 100_000_000, currency: 'USD', approx: 'up-to' }), 'up to $100 million');
      assert.equal(formatFactValue({ type: 'date', date: '2026-04-07' }), 'April 7, 2026');
      const entity = index.entity('anthropic');
      assert.ok(entity);
      assert.match(render(entityCard(index, entity, { mentions: 0 })), /up to \$100 million/);
    });
  });

  describe('citation marker', () => {
    it('shows the reference it resolves to: title, publisher and link', () => {
      const html = render(citationCard(citation('1', r(0, 0, 3), 0), references));
      assert.match(html, /<a href="https:\/\/www\.anthropic\.com\/glasswing">Project Glasswing<\/a>/);
      assert.match(html, /Anthropic/);
      assert.match(html, /line 11/);
    });

    it('says why a marker resolves to nothing', () => {
      const html = render(citationCard(citation('9', r(0, 0, 3)), references));
      assert.match(html, /Resolves to no reference/);
      assert.match(html, /no item 9 in the References list/);
    });
  });

  describe('quotation', () => {
    it('says whether it is sourced', () => {
      assert.match(render(quoteCard(index, quote())), /Not sourced/);
      assert.match(render(quoteCard(index, quote({ sourced: true, citations: ['10'] }))), /Sourced by \[10\]/);
      assert.match(render(quoteCard(index, quote({ unresolvedCitations: ['12'] }))), /\[12\] resolves to no reference/);
    });

    it('shows who said a quotation on record, where, and the source', () => {
      const html = render(quoteCard(index, quote({ onRecord: 'graham-comfortable', recordMatch: 'exact' })));
      assert.match(html, /On record/);
      assert.match(html, /Said by <strong>Logan Graham<\/strong>, told CNN, April 7, 2026/);
      assert.match(html, /Anthropic releases its most powerful model/);
    });

    it('shows the exact words on record for a near match', () => {
      const html = render(quoteCard(index, quote({ text: 'We did not feel comfortable releasing it', onRecord: 'graham-comfortable', recordMatch: 'near' })));
      assert.match(html, /Nearly matches/);
      assert.match(html, /<blockquote>\s*<p>We did not feel comfortable releasing this generally\.<\/p>/);
    });
  });

  describe('claim', () => {
    it('lists the matched facts and whether the figures agree', () => {
      const html = render(claimCard(index, claim()));
      assert.match(html, /agrees with the fact base/);
      assert.match(html, /Claude Mythos Preview scores 83\.1% on CyberGym\./);
      assert.match(html, /“83\.1%” agrees/);
    });

    it('shows the value on record when a figure contradicts it', () => {
      const contradicted = claim({
        text: 'Mythos Preview scores 85% on CyberGym.',
        values: [{ kind: 'percentage', text: '85%', range: r(0, 22, 25), span, number: 85, unit: '%' }],
        status: 'contradicted',
        checks: [{ factId: 'mythos-cybergym', verdict: 'contradicts', valueIndex: 0, recordText: '83.1%' }],
      });
      const html = render(claimCard(index, contradicted));
      assert.match(html, /contradicts the fact base/);
      assert.match(html, /“85%” contradicts the record: <strong>83\.1%<\/strong>/);
    });
  });

  describe('reference', () => {
    it('says where a reference is cited, with a count and lines', () => {
      const cites = [citation('1', r(0, 30, 33), 0), citation('1', r(4, 2, 5), 0), citation('1', r(4, 9, 12), 0)];
      assert.match(render(referenceCard(references[0], 0, cites)), /Cited 3 times: lines 1, 5\./);
      assert.match(render(referenceCard(references[1], 1, cites)), /Not cited anywhere/);
    });
  });

  describe('hoverAt', () => {
    const doc = analysis({
      entities: [{ id: 'claude-mythos-preview', kind: 'model', text: 'Mythos Preview', range: r(0, 0, 14), span }],
      citations: [citation('1', r(0, 40, 43), 0), citation('9', r(0, 43, 46))],
      claims: [claim({ range: r(0, 0, 46) })],
      quotes: [quote({ range: r(2, 10, 30) })],
    });

    it('answers for a citation marker with its card only', () => {
      const hover = hoverAt(doc, index, { line: 0, character: 41 });
      assert.equal(hover?.cards.length, 1);
      assert.match(hover.cards[0], /Project Glasswing/);
      assert.deepEqual(hover.range, r(0, 40, 43));
      assert.match(hoverAt(doc, index, { line: 0, character: 44 })?.cards[0] ?? '', /Resolves to no reference/);
    });

    it('answers for an entity inside a claim with the entity card first, then the claim', () => {
      const hover = hoverAt(doc, index, { line: 0, character: 5 });
      assert.equal(hover?.cards.length, 2);
      assert.match(hover.cards[0], /Claude Mythos Preview/);
      assert.match(hover.cards[0], /Mentioned 1 time in/);
      assert.match(hover.cards[1], /Claim/);
      assert.deepEqual(hover.range, r(0, 0, 14));
    });

    it('answers for a quotation, a reference, and nothing elsewhere', () => {
      assert.match(hoverAt(doc, index, { line: 2, character: 15 })?.cards[0] ?? '', /Quotation/);
      assert.match(hoverAt(doc, index, { line: 10, character: 3 })?.cards[0] ?? '', /Reference 1/);
      assert.equal(hoverAt(doc, index, { line: 5, character: 0 }), undefined);
      assert.equal(hoverAt(doc, index, { line: 0, character: 46 }), undefined, 'ends are exclusive');
    });
  });
});
