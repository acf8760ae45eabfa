// Injected by esbuild into the browser test bundle: Node's `process` global, which the
// `assert` package (and its `util` dependency) read, e.g. process.env.NODE_DEBUG.
import process from 'process/browser.js';
export { process };
