import type { ReferenceInfo } from '../types';

/**
 * A reference's title that holds no source yet, a writer's placeholder: "TODO: source", "TODO: title"
 * (the stubs the quick fixes write), "TK", "TBD", "FIXME: find the filing", "XXX"; past emphasis.
 * Capitals only: "Todo lists for teams" is a title.
 */
const placeholderTitleRe = /^[*_\s]*(?:TODO|TK(?:TK)?|TBD|TBC|FIXME|XXX)(?![\p{L}\p{N}])/u;

/**
 * Whether a reference is a placeholder: a marker that resolves to it cites no source yet.
 * Example: isPlaceholderReference({ title: 'TODO: source', … }) → true.
 */
export function isPlaceholderReference(info: Pick<ReferenceInfo, 'title'>): boolean {
  return placeholderTitleRe.test(info.title);
}
