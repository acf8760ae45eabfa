import type { Severity } from '../core';
import type { SeverityOrOff } from '../core/types';
import { diagnosticCodes } from '../core/diagnostics/codes';

export const outputFormats = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export const failOnLevels = ['error', 'warning', 'information', 'hint', 'none'] as const;
export type FailOn = Severity | 'none';

export interface CheckOptions {
  readonly format: OutputFormat;
  readonly failOn: FailOn;
  /** Fact base files to merge with the bundled one, in order. */
  readonly factBases: readonly string[];
  /** `policyLens.quotes.minWords`; undefined keeps the default. */
  readonly minWords: number | undefined;
  /** Use the bundled fact base (`--no-bundled` turns it off). */
  readonly bundled: boolean;
  /** `policyLens.citations.links`: a link to a web page cites as a marker does (`--citation-links`). */
  readonly citationLinks: boolean;
  /** `policyLens.severity.PLxxx`, from `--severity PL007=off` (repeatable; the last one for a code wins). */
  readonly severities: Readonly<Record<string, SeverityOrOff>>;
  /** `policyLens.citations.uncitedFigures`, from `--uncited all|on-record`; undefined keeps the default (all). */
  readonly uncited: 'all' | 'onRecord' | undefined;
  readonly quiet: boolean;
  readonly paths: readonly string[];
}

export const severityLevels = ['error', 'warning', 'information', 'hint', 'off'] as const satisfies readonly SeverityOrOff[];

const codeNames: readonly string[] = diagnosticCodes.map((c) => c.code);

export type HelpTopic = 'main' | 'check';

export type Command =
  | { readonly kind: 'help'; readonly topic: HelpTopic }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly options: CheckOptions }
  | { readonly kind: 'usage-error'; readonly message: string; readonly topic: HelpTopic };

const usageError = (message: string, topic: HelpTopic): Command => ({ kind: 'usage-error', message, topic });

/** Parse the arguments after `node policy-lens` (process.argv.slice(2)). */
export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('missing command', 'main');
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'help', topic: rest[0] === 'check' ? 'check' : 'main' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first === 'check') return parseCheck(rest);
  if (first.startsWith('-')) return usageError(`unknown option '${first}'`, 'main');
  return usageError(`unknown command '${first}'`, 'main');
}

function parseCheck(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', topic: 'check' };
  if (argv.includes('--version')) return { kind: 'version' };
  let format: OutputFormat = 'text';
  let failOn: FailOn = 'warning';
  const factBases: string[] = [];
  let minWords: number | undefined;
  let bundled = true;
  let citationLinks = false;
  const severities: Record<string, SeverityOrOff> = {};
  let uncited: 'all' | 'onRecord' | undefined;
  let quiet = false;
  const paths: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | undefined => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case '--format':
      case '-f': {
        const value = takeValue();
        if (value === undefined) return usageError(`${name} needs a value: ${outputFormats.join(', ')}`, 'check');
        if (!(outputFormats as readonly string[]).includes(value))
          return usageError(`unknown format '${value}' (expected ${outputFormats.join(', ')})`, 'check');
        format = value as OutputFormat;
        break;
      }
      case '--fail-on': {
        const value = takeValue();
        if (value === undefined) return usageError(`--fail-on needs a value: ${failOnLevels.join(', ')}`, 'check');
        if (!(failOnLevels as readonly string[]).includes(value))
          return usageError(`unknown --fail-on level '${value}' (expected ${failOnLevels.join(', ')})`, 'check');
        failOn = value as FailOn;
        break;
      }
      case '--fact-base': {
        const value = takeValue();
        if (!value) return usageError('--fact-base needs a file', 'check');
        factBases.push(value);
        break;
      }
      case '--min-words': {
        const value = takeValue();
        const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
        if (!(n >= 1 && n <= 100)) return usageError('--min-words needs a whole number from 1 to 100', 'check');
        minWords = n;
        break;
      }
      case '--severity': {
        const value = takeValue();
        const m = value === undefined ? null : /^([A-Za-z]+\d+)=([a-z]+)$/.exec(value);
        if (!m) return usageError(`--severity needs CODE=LEVEL, e.g. PL007=off (codes ${codeNames.join(', ')}; levels ${severityLevels.join(', ')})`, 'check');
        const code = m[1].toUpperCase();
        if (!codeNames.includes(code)) return usageError(`unknown code '${m[1]}' in --severity (expected ${codeNames.join(', ')})`, 'check');
        if (!(severityLevels as readonly string[]).includes(m[2])) return usageError(`unknown level '${m[2]}' in --severity (expected ${severityLevels.join(', ')})`, 'check');
        severities[code] = m[2] as SeverityOrOff;
        break;
      }
      case '--uncited': {
        const value = takeValue();
        if (value !== 'all' && value !== 'on-record') return usageError('--uncited needs a value: all or on-record', 'check');
        uncited = value === 'all' ? 'all' : 'onRecord';
        break;
      }
      case '--no-bundled':
        if (eq > 0) return usageError(`${name} takes no value`, 'check');
        bundled = false;
        break;
      case '--citation-links':
        if (eq > 0) return usageError(`${name} takes no value`, 'check');
        citationLinks = true;
        break;
      case '--quiet':
      case '-q':
        if (eq > 0) return usageError(`${name} takes no value`, 'check');
        quiet = true;
        break;
      default:
        return usageError(`unknown option '${name}'`, 'check');
    }
  }
  if (paths.length === 0) return usageError('no files, folders or globs to check', 'check');
  return { kind: 'check', options: { format, failOn, factBases, minWords, bundled, citationLinks, severities, uncited, quiet, paths } };
}
