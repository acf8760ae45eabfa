import type { FactValue } from '../factbase/schema';
import type { SetApart } from './claimVerdict';
import { describeValueAsWritten } from './formatValue';

/**
 * The value on record for the message of a count that sets names apart, as the fix writes it and
 * how it comes from the record: "11 founding partners besides Anthropic on record (12 founding
 * partners less Anthropic)". When the fact base does not say whom the record counts, both
 * readings: "6 signatories on record, or 5 signatories besides Quillon if the record counts Quillon".
 */
export function describeSetApart(record: FactValue, apart: SetApart, written: string): string {
  const names = listed(apart.names);
  const whole = describeValueAsWritten(record, written);
  const rest = apart.records.find((r) => r !== record);
  if (!rest) return `${whole} on record`;
  const less = describeValueAsWritten(rest, written);
  return apart.records.includes(record) ? `${whole} on record, or ${less} besides ${names} if the record counts ${names}` : `${less} besides ${names} on record (${whole} less ${names})`;
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
