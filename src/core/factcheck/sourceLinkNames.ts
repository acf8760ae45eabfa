import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';
import { actorKinds } from './ownSubject';

/**
 * The names of companies, agencies and people that are the whole text of a link in a citing
 * parenthesis: "… some 25 additional organisations have access ([Fortune](https://fortune.com/…))",
 * "([Anthropic](…); [CNN](…))", "(via [Fortune](…))". Such a name says where the figure comes from,
 * as a marker would: it is neither the sentence's subject nor a rival party of the fact, and the
 * sentence is judged as "… have access ([source](…))" is. A name with other words in its link
 * ("[Fortune reported](…)"), outside a parenthesis ("[Anthropic](…) committed $100 million") or in
 * one that says more ("(as [Anthropic](…) put it)") stays the sentence's; so does a thing's name
 * ("([Project Glasswing](…))"), which a source's title may give as the subject.
 */

/** A link as links.ts finds it: `[` at `start`, its text's `]` at `at`, just past its `)` at `end`. */
export interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly at: number;
}

/** How far before a link its parenthesis may open ("(via ", "(source: "). */
const openReach = 16;
/** How many characters may stand between two links of one parenthesis (", ", "; ", " and "). */
const separatorReach = 8;

/** A parenthesis opening right before a link, perhaps with a word that introduces a source: "(", "(via ", "(source: " (read from its "("). */
const parenOpen = /^\([ \t]*(?:(?:via|see|source|sources|per|from|cf\.)[ \t]*(?::[ \t]*)?)?$/i;
/** What parts two links of one parenthesis: "[A](…), [B](…)", "[A](…); [B](…)", "[A](…) and [B](…)". */
const linkSeparator = /^(?:[ \t]*[,;])?[ \t]*(?:and[ \t]+)?$/;
/** The parenthesis closing right after a link. */
const parenClose = /^[ \t]*\)/;
/** What may stand around the name in its link's text: emphasis and spaces ("[*Fortune*](…)"). */
const emphasisOnly = /^[\s*_]*$/;

/**
 * The starts of the mentions (sorted by start) that are the whole text of a link in a citing
 * parenthesis (see above), in order. `links` are the prose's links in document order. Example: in
 * "have access ([Fortune](https://fortune.com/x))." the mention "Fortune" is one.
 */
export function sourceLinkNames(text: string, links: readonly LinkSpan[], mentions: readonly EntityMention[]): number[] {
  const out: number[] = [];
  let group: LinkSpan[] = [];
  for (const link of links) {
    // Only bracket links have a text of their own: an autolink or a bare URL names nothing.
    if (link.at <= link.start || text.charCodeAt(link.start) !== 91 /* [ */) {
      group = [];
      continue;
    }
    const previous = group[group.length - 1];
    if (previous && link.start - previous.end <= separatorReach && linkSeparator.test(text.slice(previous.end, link.start))) group.push(link);
    else if (opensParenthesis(text, link.start)) group = [link];
    else {
      group = [];
      continue;
    }
    if (!parenClose.test(text.slice(link.end, link.end + 4))) continue;
    for (const cited of group) {
      const name = nameAlone(text, cited, mentions);
      if (name !== undefined) out.push(name);
    }
    group = [];
  }
  return out;
}

/** Whether a parenthesis opens right before `at`, within `openReach` (see `parenOpen`): "(via [Fortune](…))". */
function opensParenthesis(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at - 1);
  return open >= 0 && at - open <= openReach && parenOpen.test(text.slice(open, at));
}

/** The start of the actor's mention that is the link's whole text, or undefined. */
function nameAlone(text: string, link: LinkSpan, mentions: readonly EntityMention[]): number | undefined {
  const i = firstAtOrAfter(mentions, link.start + 1, (e) => e.span.start);
  const e = mentions[i];
  if (!e || e.span.end > link.at || !actorKinds.has(e.kind)) return undefined;
  // One name only: another mention inside the link's text makes it more than a source's name.
  if (mentions[i + 1] !== undefined && mentions[i + 1].span.start < link.at) return undefined;
  return emphasisOnly.test(text.slice(link.start + 1, e.span.start)) && emphasisOnly.test(text.slice(e.span.end, link.at)) ? e.span.start : undefined;
}
