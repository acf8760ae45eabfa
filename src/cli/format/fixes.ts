import type { Finding, Fix } from '../../core';

/**
 * The fixes a report lists for a finding: the corrections the core computed for it, which
 * the editor offers as its quick fixes (cite the source, add a reference, restore the words
 * on record, use the value on record), each with at least one edit.
 *
 * The editor's "Disable PLxxx for this line / for this file" actions are left out: they are
 * offered for every finding, they silence a finding rather than correct it, and a CI bot
 * that proposed them would teach writers to switch the check off. A finding whose only
 * quick fixes are those has no fixes here.
 */
export function reportedFixes(finding: Finding): readonly Fix[] {
  return finding.fixes.filter((f) => f.edits.length > 0);
}
