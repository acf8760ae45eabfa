import data from './glasswing.json';
import { factBaseSchema, type FactBase } from './schema';

/**
 * The fact base built from the reference article (Project Glasswing and Claude Mythos
 * Preview, April 2026). The JSON is imported, so the bundler compiles it into the
 * extension and the CLI: no file is read at run time.
 */
let cached: FactBase | undefined;

/**
 * The bundled fact base, validated by the shared schema on first use and memoised.
 * It is shared by every caller, so it is frozen: merge or copy it, never edit it.
 */
export function bundledFactBase(): FactBase {
  cached ??= deepFreeze(factBaseSchema.parse(data));
  return cached;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
