import type { Directive } from '../markdown/inlineMask';
import type { LineIndex } from '../text/lineIndex';
import type { DiagnosticCode } from '../types';

/**
 * Inline suppression comments:
 *   <!-- policy-lens-disable PL001 -->            from here on (no codes: every code)
 *   <!-- policy-lens-enable [PL001] -->            from here on again
 *   <!-- policy-lens-disable-next-line PL007 -->   the next line only
 *   <!-- policy-lens-disable-line PL007 -->        this line only
 */
export type SuppressionCheck = (code: DiagnosticCode, line: number) => boolean;

interface Toggle {
  readonly line: number;
  readonly disable: boolean;
  readonly codes: readonly string[];
}

export function buildSuppression(directives: readonly Directive[], index: LineIndex): SuppressionCheck {
  if (!directives.length) return () => false;
  const lineOnly = new Map<number, Set<string> | 'all'>();
  const toggles: Toggle[] = [];
  for (const d of [...directives].sort((a, b) => a.offset - b.offset)) {
    const line = index.lineOf(d.offset);
    if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      const target = d.kind === 'disable-line' ? line : line + 1;
      const prev = lineOnly.get(target);
      if (!d.codes.length || prev === 'all') lineOnly.set(target, 'all');
      else lineOnly.set(target, new Set([...(prev ?? []), ...d.codes]));
    } else {
      toggles.push({ line, disable: d.kind === 'disable', codes: d.codes });
    }
  }
  return (code, line) => {
    const only = lineOnly.get(line);
    if (only === 'all' || only?.has(code)) return true;
    let disabled = false;
    for (const t of toggles) {
      if (t.line > line) break;
      if (!t.codes.length || t.codes.includes(code)) disabled = t.disable;
    }
    return disabled;
  };
}
