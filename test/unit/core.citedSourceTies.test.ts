// A claim that cites a source on record, in words specific to one of its facts, is tied to that fact as one under
// a title naming its subject is: "| 24 March 2026 | CMS misconfiguration exposes nearly 3,000 unpublished assets |
// Fortune, 2026a |" dates the Mythos leak (blind QA round 18, tester S item 3.1).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

// On record (Fortune's story of the leak): the leak on 26 March 2026; about 3,000 unpublished assets exposed.
const references = `

## References

Fortune. (2026a, March 26). *Anthropic accidentally leaked details of a new AI model that poses unprecedented cybersecurity risks*. Fortune.

Fortune. (2026c, February). *OpenAI's new model leaps ahead in coding capabilities*. Fortune.
`;
const pl006 = (body: string, title = '# Week 7: the Project Glasswing case'): string[] => findingTexts('PL006', `${title}\n\n${body}${references}`);
const timeline = (event: string, date = '24 March 2026', source = 'Fortune, 2026a') => `| Date | Event | Source |\n|---|---|---|\n| ${date} | ${event} | ${source} |`;

describe('a claim tied by the source on record it cites', () => {
  it('dates the leak in a timeline row that cites the story of the leak', () => {
    const event = 'CMS misconfiguration exposes nearly 3,000 unpublished assets, including a draft blog post';
    assert.deepEqual(pl006(timeline(event)), ['24 March 2026']);
    assert.deepEqual(pl006(timeline(event, '26 March 2026')), []);
    assert.deepEqual(pl006(timeline('Draft leak exposes nearly 30,000 unpublished assets')), ['24 March 2026', 'nearly 30,000']);
  });

  it('counts the leak\'s assets and dates "the leak" in prose that cites it', () => {
    const brief =
      'In April 2026 Anthropic announced Claude Mythos Preview (Anthropic, 2026a). A leaked draft had already described the model (Fortune, 2026a). ' +
      'The leak itself is part of the case: nearly 30,000 unpublished assets were left reachable without credentials (Fortune, 2026a).';
    assert.deepEqual(pl006(brief), ['nearly 30,000']);
    assert.deepEqual(pl006(brief.replace('30,000', '3,000')), []);
    assert.deepEqual(pl006('The leak happened on 24 March 2026 (Fortune, 2026a).', '# Probe'), ['24 March 2026']);
    assert.deepEqual(pl006('The leak exposed nearly 30,000 unpublished assets (Fortune, 2026a).', '# Probe'), ['nearly 30,000']);
  });

  it('keeps another leak, another source, a lone cue and an uncited claim untied', () => {
    assert.deepEqual(pl006("OpenAI's leak exposed 30,000 unpublished assets (Fortune, 2026a)."), []);
    assert.deepEqual(pl006('The 2023 leak of 30,000 unpublished assets at Acme was worse (Fortune, 2026a).'), []);
    assert.deepEqual(pl006('In 2023, a leak at Acme exposed 30,000 unpublished assets (Fortune, 2026a).'), []);
    assert.deepEqual(pl006("Anthropic's leak was bad. The 2023 leak of 30,000 unpublished assets at Acme was worse."), []);
    // Fortune's story of GPT-5.3-Codex is no source of the leak's facts.
    assert.deepEqual(pl006('Nearly 30,000 unpublished assets were exposed (Fortune, 2026c).'), []);
    assert.deepEqual(pl006(timeline('CMS misconfiguration exposes nearly 30,000 unpublished assets', '24 March 2026', 'Fortune, 2026c')), []);
    // "exposes" alone is said of many things; one cue of two words or two cues tell the measure.
    assert.deepEqual(pl006(timeline('Server exposes customer data')), []);
    assert.deepEqual(pl006('The leak exposed nearly 30,000 unpublished assets.', '# Probe'), []);
  });
});
