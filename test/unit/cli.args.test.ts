import * as assert from 'node:assert/strict';
import { parseArgs } from '../../src/cli/args';

describe('cli: argument parsing', () => {
  it('reads a check command with every option', () => {
    const cmd = parseArgs([
      'check', '--format', 'json', '--fail-on', 'hint', '--fact-base', 'a.yaml', '--fact-base=b.json',
      '--min-words', '5', '--citation-links', '--no-bundled', '--quiet', 'drafts', 'x.md',
    ]);
    assert.deepEqual(cmd, {
      kind: 'check',
      options: { format: 'json', failOn: 'hint', factBases: ['a.yaml', 'b.json'], minWords: 5, bundled: false, citationLinks: true, severities: {}, uncited: undefined, quiet: true, paths: ['drafts', 'x.md'] },
    });
  });

  it('has defaults: text format, fail on warning, the bundled fact base', () => {
    const cmd = parseArgs(['check', 'a.md']);
    assert.deepEqual(cmd, {
      kind: 'check',
      options: { format: 'text', failOn: 'warning', factBases: [], minWords: undefined, bundled: true, citationLinks: false, severities: {}, uncited: undefined, quiet: false, paths: ['a.md'] },
    });
  });

  it('reads --severity CODE=LEVEL (repeatable, the last for a code wins) and --uncited', () => {
    const cmd = parseArgs(['check', '--severity', 'PL007=off', '--severity=pl003=warning', '--severity', 'PL007=information', '--uncited', 'on-record', 'a.md']);
    assert.equal(cmd.kind, 'check');
    if (cmd.kind !== 'check') return;
    assert.deepEqual(cmd.options.severities, { PL007: 'information', PL003: 'warning' });
    assert.equal(cmd.options.uncited, 'onRecord');
    assert.equal((parseArgs(['check', '--uncited=all', 'a.md']) as { options: { uncited: string } }).options.uncited, 'all');
  });

  it('accepts --opt=value, short -f and -q, and paths after --', () => {
    const cmd = parseArgs(['check', '-f', 'sarif', '-q', '--fail-on=none', '--', '--weird-name.md']);
    assert.equal(cmd.kind, 'check');
    if (cmd.kind !== 'check') return;
    assert.equal(cmd.options.format, 'sarif');
    assert.equal(cmd.options.quiet, true);
    assert.equal(cmd.options.failOn, 'none');
    assert.deepEqual(cmd.options.paths, ['--weird-name.md']);
  });

  it('answers --help and --version at the top level and for check', () => {
    assert.deepEqual(parseArgs(['--help']), { kind: 'help', topic: 'main' });
    assert.deepEqual(parseArgs(['-h']), { kind: 'help', topic: 'main' });
    assert.deepEqual(parseArgs(['help', 'check']), { kind: 'help', topic: 'check' });
    assert.deepEqual(parseArgs(['check', '--help']), { kind: 'help', topic: 'check' });
    assert.deepEqual(parseArgs(['check', 'a.md', '--bogus', '-h']), { kind: 'help', topic: 'check' });
    assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
    assert.deepEqual(parseArgs(['check', '--version']), { kind: 'version' });
  });

  const errors: [string[], RegExp][] = [
    [[], /missing command/],
    [['lint', 'a.md'], /unknown command 'lint'/],
    [['--bogus'], /unknown option '--bogus'/],
    [['check'], /no files, folders or globs/],
    [['check', '--bogus', 'a.md'], /unknown option '--bogus'/],
    [['check', '--format=yaml', 'a.md'], /unknown format 'yaml'/],
    [['check', 'a.md', '--format'], /--format needs a value/],
    [['check', '--format', '--quiet', 'a.md'], /--format needs a value/],
    [['check', '--fail-on', 'critical', 'a.md'], /unknown --fail-on level 'critical'/],
    [['check', '--fact-base'], /--fact-base needs a file/],
    [['check', '--min-words', '0', 'a.md'], /--min-words needs a whole number/],
    [['check', '--min-words', 'three', 'a.md'], /--min-words needs a whole number/],
    [['check', '--min-words', '2.5', 'a.md'], /--min-words needs a whole number/],
    [['check', '--quiet=yes', 'a.md'], /--quiet takes no value/],
    [['check', '--citation-links=yes', 'a.md'], /--citation-links takes no value/],
    [['check', '--severity', 'a.md'], /--severity needs CODE=LEVEL/],
    [['check', '--severity', 'PL007', 'a.md'], /--severity needs CODE=LEVEL/],
    [['check', '--severity', 'PL099=off', 'a.md'], /unknown code 'PL099' in --severity/],
    [['check', '--severity', 'PL007=loud', 'a.md'], /unknown level 'loud' in --severity/],
    [['check', '--uncited', 'some', 'a.md'], /--uncited needs a value: all or on-record/],
  ];
  for (const [argv, message] of errors) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      const cmd = parseArgs(argv);
      assert.equal(cmd.kind, 'usage-error');
      if (cmd.kind === 'usage-error') assert.match(cmd.message, message);
    });
  }
});
