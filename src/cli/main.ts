/**
 * `policy-lens` command-line entry point. `main(argv, io)` does the work and returns
 * the exit status, so tests call it with an injected cwd, output and file system;
 * `run(argv)` wires it to the process (bin/policy-lens.js calls it).
 */
import { parseArgs } from './args';
import { runCheck } from './check';
import { exitCodeOf, ExitCode } from './exitCode';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { helpText, usageLine } from './help';
import { nodeCliFs, type CliIO } from './io';
import { toolVersion } from './version';

export type { CliIO, CliFs } from './io';

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(helpText(command.topic));
      return ExitCode.clean;
    case 'version':
      io.stdout(`${toolVersion}\n`);
      return ExitCode.clean;
    case 'usage-error':
      io.stderr(`policy-lens: ${command.message}\n${usageLine(command.topic)}`);
      return ExitCode.trouble;
    case 'check': {
      const { options } = command;
      const result = await runCheck(options, io.cwd, io.fs ?? nodeCliFs, (notice) => io.stderr(`${notice.line}\n`), io.stdin);
      const output =
        options.format === 'json'
          ? formatJson(result)
          : options.format === 'sarif'
            ? formatSarif(result, io.cwd, toolVersion)
            : formatText(result, options.quiet);
      if (output) io.stdout(output);
      return exitCodeOf(result, options.failOn);
    }
  }
}

/** Run against the real process: stdout, stderr, cwd and `process.exitCode`. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A closed pipe (`policy-lens check . | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = await main(argv, {
      cwd: process.cwd(),
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
    });
  } catch (e) {
    process.stderr.write(`policy-lens: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = ExitCode.trouble;
  }
}

if (require.main === module) void run();
