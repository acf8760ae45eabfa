import * as assert from 'assert';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { diagnosticCodes } from '../../src/core';
import { fixtureDir, readExpectations } from './core.fixtures.test';

const root = join(__dirname, '../../..');

describe('every diagnostic code is documented and exercised', () => {
  const fixtures = readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readExpectations(readFileSync(join(fixtureDir, f), 'utf8')).expected);
  for (const info of diagnosticCodes.filter((c) => !c.retired)) {
    it(`${info.code} has a documentation page that names it`, () => {
      const path = join(root, info.docs);
      assert.ok(existsSync(path), `${info.docs} is missing`);
      assert.match(readFileSync(path, 'utf8'), new RegExp(`^# ${info.code} `));
    });
    it(`${info.code} is expected by at least one fixture`, () => {
      assert.ok(
        fixtures.some((list) => list.some((e) => e.code === info.code)),
        `no fixture in test/fixtures/core expects ${info.code}`,
      );
    });
    it(`${info.code} is listed in the README`, () => {
      assert.match(readFileSync(join(root, 'README.md'), 'utf8'), new RegExp(`\\b${info.code}\\b`));
    });
  }
});
