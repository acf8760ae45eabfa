/** What the ReDoS test loads to record the patterns `new RegExp` builds (see regexInventory.ts). */
export { createAnalyzer } from '../../src/core/index';
export { bundledFactBase } from '../../src/core/factbase/bundled';
export { hoverAt } from '../../src/core/hover/hoverAt';
export { generateDraft } from '../../scripts/bench/generate';
