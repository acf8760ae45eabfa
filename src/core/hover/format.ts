import { describeValue } from '../factcheck/formatValue';

/** Plain-text formatting for hover cards (escaping is the caller's job). Values use the
 * core's own wording (`describeValue`), the same as in diagnostic messages. */
export { describeValue as formatFactValue };

/** "2026" → "2026", "2026-04" → "April 2026", "2026-04-07" → "April 7, 2026". */
export function formatDate(iso: string): string {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(iso) ? describeValue({ type: 'date', date: iso }) : iso;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "organization", "government-body" → "government body". */
export function kindLabel(kind: string): string {
  return kind.replace(/-/g, ' ');
}
