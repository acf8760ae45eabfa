// PL005 names the people a sentence credits through their organization: "employees of OpenAI and Google DeepMind".
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const sources = "\n\n## Sources\n\n1. DOD Says Anthropic's 'Red Lines' Make It an 'Unacceptable Risk to National Security' - TechCrunch\n";
const misattributions = (text: string) => analyzer.analyze(text + sources).findings.filter((f) => f.code === 'PL005');

describe('PL005 and the people an organization stands for', () => {
  it('says the employees of the companies are credited, not the companies', () => {
    const [found] = misattributions('Employees of OpenAI and Google DeepMind wrote in their brief that the company "feels that its corporate red lines are being crossed".[1]');
    assert.match(found?.message ?? '', /^Quotation is credited to employees of OpenAI and Google DeepMind, but/);
  });

  it('names the organization alone when the sentence credits it', () => {
    const [found] = misattributions('OpenAI wrote in a brief that the company "feels that its corporate red lines are being crossed".[1]');
    assert.match(found?.message ?? '', /^Quotation is credited to OpenAI, but/);
  });
});
