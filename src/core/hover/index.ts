/** Hover cards as escaped Markdown, built from an analysis and the fact index (no `vscode`). */
export { hoverAt, rangeContains } from './hoverAt';
export type { HoverResult } from './hoverAt';
export { entityCard } from './entityCard';
export { citationCard } from './citationCard';
export { quoteCard } from './quoteCard';
export { claimCard } from './claimCard';
export { referenceCard } from './referenceCard';
export { md, mdClip, mdLink, safeUrl } from './escape';
export { formatDate, formatFactValue } from './format';
