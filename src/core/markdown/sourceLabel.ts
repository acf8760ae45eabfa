/**
 * A source line's label at the start of a line: "Source:", "Sources:", "Source(s):", "Data
 * source:", after emphasis marks, the colon also inside them ("**Source:**"). Statistical offices,
 * parliaments and newspapers set such a line with a table, under it or between its caption and it.
 */
export const sourceLabelRe = /^[*_]{0,3}[ \t]*(?:sources?|source\(s\)|data[ \t]+sources?)[*_]{0,3}[ \t]?:/i;
