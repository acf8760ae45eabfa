import * as assert from 'assert';
import { analyzer, contradictions, sources, statusOf } from './support/sentenceFigures';

describe('figures in the shorthand of annexes and fact sheets', () => {
  it('reads money after a currency code with a glued scale ("USD 40m", "USD4m")', () => {
    assert.deepStrictEqual(contradictions('Anthropic is donating USD 40m to open-source security groups.[1]'), [['USD 40m', 'USD 4m']]);
    assert.deepStrictEqual(contradictions('Anthropic is donating USD40m to open-source security groups.[1]'), [['USD40m', 'USD4m']]);
    assert.strictEqual(statusOf('Anthropic is donating USD 4m to open-source security groups.[1]'), 'confirmed');
    // Another currency than the record's is read as money, but cannot be compared.
    assert.deepStrictEqual(analyzer.analyze(`Anthropic is donating EUR 3m to open-source security groups.[1]${sources}`).claims[0]?.kinds, ['money']);
  });

  it('reads a count with a glued "k" or "m" ("~5k", "some 5k", "3m times"), and fixes it in the same shorthand', () => {
    assert.deepStrictEqual(contradictions('The Mythos leak exposed ~5k unpublished assets.[1]'), [['~5k', '~3k']]);
    assert.deepStrictEqual(contradictions('The Mythos leak exposed some 5k unpublished assets.[1]'), [['some 5k', 'some 3k']]);
    assert.deepStrictEqual(contradictions('Automated tools had passed over the FFmpeg bug 3m times.[1]'), [['3m', '5m']]);
    assert.strictEqual(statusOf('The Mythos leak exposed ~3k unpublished assets.[1]'), 'confirmed');
    assert.strictEqual(statusOf('Automated tools had passed over the FFmpeg bug 5m times.[1]'), 'confirmed');
  });

  it('reads "thirty-odd" as about thirty, and fixes it as "fifty-odd"', () => {
    assert.deepStrictEqual(contradictions('Project Glasswing is being released to thirty-odd organizations.[1]'), [['thirty-odd', 'fifty-odd']]);
    assert.strictEqual(statusOf('Project Glasswing is being released to fifty-odd organizations.[1]'), 'confirmed');
    assert.strictEqual(statusOf('Project Glasswing is being released to 50-odd organizations.[1]'), 'confirmed');
  });

  it('leaves distances, sizes and names with a "k", "m" or "K" alone', () => {
    for (const sentence of ['Staff ran a 5k run.', 'The 5k run raised funds.', 'They built a 3m wall.', 'The wall is 3m high.', 'The K-12 pupils used GPT-4o and Llama 3 70B.', 'It crashed 5m ago.', 'It streams 4K video.', 'The limit is 3m/s.', 'Version v1.5m was tagged.']) {
      assert.strictEqual(analyzer.analyze(sentence).claims.length, 0, sentence);
    }
  });
});
