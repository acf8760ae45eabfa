import { markerText } from '../citations/markerText';
import type { FactIndex } from '../factbase/factIndex';
import type { Source } from '../factbase/schema';
import { isNamedDefinition, referenceLookup } from '../factcheck/sourceReferences';
import type { Citation, ReferenceInfo } from '../types';
import type { SourceMarker } from './sources';

/**
 * Which of a document's references are fact-base sources (the same matching as the citation
 * fixes, `factcheck/sourceReferences.ts`), both ways: the marker the document cites a source by,
 * and the source a reference is. Built lazily, once per analysis: the reverse map reads every
 * source of the fact base once (sources × references title comparisons, done on the first hover).
 */
export interface DocumentSources {
  readonly markerOf: SourceMarker;
  /** The document's reference for a fact-base source, if it lists one. */
  referenceFor(source: Source): ReferenceInfo | undefined;
  /** The reference a marker label resolves to, if any. */
  referenceOf(label: string): ReferenceInfo | undefined;
  /** The fact-base source a reference of the document is, if any. */
  sourceOf(reference: ReferenceInfo): Source | undefined;
}

export function documentSources(references: readonly ReferenceInfo[], citations: readonly Citation[], index: FactIndex): DocumentSources {
  const lookup = referenceLookup(references, index);
  let byReference: Map<ReferenceInfo, Source> | undefined;
  let byLabel: Map<string, ReferenceInfo> | undefined;
  const markerOf: SourceMarker = (source) => {
    const ref = lookup.find(source);
    // A named link definition (`[aru]: https://…`) is no marker's.
    return ref && !isNamedDefinition(ref) ? markerText(ref.label) : undefined;
  };
  return {
    markerOf,
    referenceFor: (source) => lookup.find(source),
    referenceOf(label) {
      if (!byLabel) {
        byLabel = new Map();
        for (const c of citations) {
          const ref = c.resolved && c.referenceIndex !== undefined ? references[c.referenceIndex] : undefined;
          if (ref && !byLabel.has(c.label)) byLabel.set(c.label, ref);
        }
      }
      return byLabel.get(label);
    },
    sourceOf(reference) {
      if (!byReference) {
        byReference = new Map();
        for (const source of index.factBase.sources) {
          const ref = lookup.find(source);
          if (ref && !byReference.has(ref)) byReference.set(ref, source);
        }
      }
      return byReference.get(reference);
    },
  };
}
