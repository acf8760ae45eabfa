import type { HelpTopic } from './args';

const mainHelp = `Usage: policy-lens <command> [options]

Commands:
  check [options] PATHS...   Check Markdown drafts for unsourced quotations, dangling
                             citation markers and claims that contradict the fact base.

Options:
  -h, --help                 Show help (policy-lens check --help for the checker's options).
  -v, --version              Show the version.
`;

const checkHelp = `Usage: policy-lens check [options] PATHS...

Check Markdown drafts. PATHS are files, folders (searched recursively for *.md, *.markdown
and *.mdx, skipping node_modules, dist, out and hidden names such as .git or .venv) or quoted
globs ("drafts/**/*.md"; ** * ? [abc] {a,b} are understood), or - for standard input. A file
named directly is checked whatever its extension.

Options:
  -f, --format FORMAT        text (default), json or sarif (SARIF 2.1.0, for code scanning).
                             json and sarif include the editor's quick fixes as edits.
      --fail-on LEVEL        Exit 1 when a finding is at or above LEVEL: error, warning
                             (default), information, hint, or none (never).
      --fact-base FILE       A fact base (YAML or JSON) merged over the bundled one.
                             Repeat for several; later files override earlier ones.
      --no-bundled           Do not use the bundled fact base.
      --min-words N          A quoted span of fewer than N words (default 3) is a term,
                             not a quotation.
      --citation-links       A link to a web page ([text](https://...), [text][label]
                             with a web address defined, <https://...>, a bare https://...
                             or www...., <a href="https://...">) sources the quotations and cites
                             the figures of its sentence, as a citation marker does
                             (policyLens.citations.links).
      --severity CODE=LEVEL  Set a code's severity: error, warning, information, hint or
                             off (policyLens.severity.PLxxx). Repeat for several codes:
                             --severity PL007=off --severity PL003=warning.
      --uncited WHICH        Which figures and dates without a citation PL007 reports:
                             all (default), or on-record, only those a fact base holds a
                             fact about (policyLens.citations.uncitedFigures).
  -q, --quiet                Print only the findings: no summary line.
  -h, --help                 Show this help.

Only the fact bases named with --fact-base are loaded: the checker reads no workspace
configuration (.policylens/ or VS Code settings). Nothing is written to disk: to
apply a quick fix, take its edits from the json or sarif output.

Exit status:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  bad usage, or input that could not be checked (missing path, folder without
     Markdown, binary or unreadable file, file over 10 MB, invalid fact base);
     the other files are still checked and reported.
`;

export function helpText(topic: HelpTopic): string {
  return topic === 'check' ? checkHelp : mainHelp;
}

/** The short reminder printed under a usage error. */
export function usageLine(topic: HelpTopic): string {
  return topic === 'check'
    ? 'Usage: policy-lens check [--format text|json|sarif] [--fail-on LEVEL] [--fact-base FILE]... [--min-words N] [--citation-links] [--severity CODE=LEVEL]... [--uncited all|on-record] [--no-bundled] [--quiet] PATHS...\nRun "policy-lens check --help" for details.\n'
    : 'Usage: policy-lens check [options] PATHS...\nRun "policy-lens --help" for details.\n';
}
