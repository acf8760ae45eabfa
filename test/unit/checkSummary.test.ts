import * as assert from 'node:assert/strict';
import { checkSummaryText } from '../../src/vscode/checkSummary';

describe('the result Check Workspace reports when it finishes', () => {
  it('counts the files and problems in plain words', () => {
    assert.equal(checkSummaryText({ files: 3, problems: 24, hints: 0, skipped: 0, cancelled: false }), 'Policy Lens checked 3 files: 24 problems.');
    assert.equal(checkSummaryText({ files: 1, problems: 1, hints: 0, skipped: 0, cancelled: false }), 'Policy Lens checked 1 file: 1 problem.');
    assert.equal(checkSummaryText({ files: 2, problems: 0, hints: 0, skipped: 0, cancelled: false }), 'Policy Lens checked 2 files: no problems.');
  });

  it('counts hints apart, as the Problems panel does not list them', () => {
    assert.equal(checkSummaryText({ files: 3, problems: 24, hints: 5, skipped: 0, cancelled: false }), 'Policy Lens checked 3 files: 24 problems, 5 hints.');
    assert.equal(checkSummaryText({ files: 1, problems: 0, hints: 1, skipped: 0, cancelled: false }), 'Policy Lens checked 1 file: no problems, 1 hint.');
  });

  it('says when it was stopped, and what it skipped', () => {
    assert.equal(
      checkSummaryText({ files: 1, problems: 5, hints: 0, skipped: 2, cancelled: true }),
      'Policy Lens stopped after checking 1 file: 5 problems; 2 skipped (too large or unreadable).',
    );
  });
});
