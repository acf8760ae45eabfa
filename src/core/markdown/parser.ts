import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/**
 * Block structure from markdown-it (the parser VS Code's own preview uses). Only the
 * block phase runs: inline parsing is the expensive half and we scan inline syntax
 * ourselves on the few spans we need, keeping source offsets exact.
 */
let parser: InstanceType<typeof MarkdownIt> | undefined;

function blockParser(): InstanceType<typeof MarkdownIt> {
  if (!parser) {
    parser = new MarkdownIt('commonmark', { html: true }).enable('table');
    parser.core.ruler.disable(['inline', 'text_join'], true);
  }
  return parser;
}

export function parseBlocks(text: string): Token[] {
  return blockParser().parse(text, {});
}

export type { Token };
