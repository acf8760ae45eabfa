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
    if (plainTokensMatch()) parser.block.State = PlainTokenState;
  }
  return parser;
}

/**
 * The block tokens of `text`, which starts at line `firstLine` of the document: token maps
 * count lines from there. (Blank lines ahead of it would parse the same; this avoids them.)
 */
export function parseBlocks(text: string, firstLine = 0): Token[] {
  const tokens = blockParser().parse(text, {});
  if (firstLine) {
    // markdown-it gives each token a map of its own (none shares one), so each moves once.
    for (let i = 0; i < tokens.length; i++) {
      const map = tokens[i].map;
      if (map) {
        map[0] += firstLine;
        map[1] += firstLine;
      }
    }
  }
  return tokens;
}

/**
 * markdown-it 15's Token constructor sets each field through a compiled class-field helper
 * (a property-key conversion and an `in` test per field), a fifth of the block parse of a
 * large document. Block rules create their tokens only through `state.push`, so a block state
 * whose `push` builds the same token with plain assignments (same fields in the same order,
 * Token's prototype, the rest of `push` as markdown-it writes it) gives identical tokens.
 */
function PlainToken(this: Token, type: string, tag: string, nesting: Token['nesting']): void {
  this.map = null;
  this.level = 0;
  this.children = null;
  this.content = '';
  this.markup = '';
  this.info = '';
  this.block = false;
  this.hidden = false;
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.nesting = nesting;
  this.meta = null;
}
PlainToken.prototype = MarkdownIt.Token.prototype;

const newToken = PlainToken as unknown as new (type: string, tag: string, nesting: Token['nesting']) => Token;

class PlainTokenState extends MarkdownIt.StateBlock {
  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = new newToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}

/** Whether a plain token has exactly the fields of markdown-it's own (else its State is kept). */
function plainTokensMatch(): boolean {
  const own = new MarkdownIt.Token('paragraph_open', 'p', 1);
  const plain = new newToken('paragraph_open', 'p', 1);
  return JSON.stringify(Object.entries(own)) === JSON.stringify(Object.entries(plain)) && plain instanceof MarkdownIt.Token;
}

export type { Token };
