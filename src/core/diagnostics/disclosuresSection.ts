import type { Block } from '../markdown/structure';
import { headedSections } from '../markdown/headedSections';

/**
 * The issuer's regulatory boilerplate, under a heading that names it and nothing else: "##
 * Disclosures and analyst certification", "## Important disclosures", "## Disclaimer", "## Legal
 * notice", "## Conflicts of interest", "## Competing interests". What it says of the issuer's own
 * dealings, its rating rules and its stamps ("Halverson Brooks Securities has received compensation
 * for investment banking services from CrowdStrike in the past 12 months.", "Rating distribution
 * as of 31 March 2026: Outperform 54%, …") is the writer's own, which no source could support
 * (PL007). A figure the fact check ties to a fact on record keeps its hint there (the caller tests
 * that: "Anthropic committed $150 million" is checked wherever it stands). A heading of another
 * kind keeps its hints: a security advisory's "## Disclosure timeline" (see disclosureTimeline.ts),
 * "## What Anthropic disclosed".
 */

/** One name of such a section: "Disclosures", "Important disclosure", "Disclaimer", "Legal notices", "Analyst certification", "Conflicts of interest"; not "Disclosure" alone. */
const boilerplateName = String.raw`(?:important|regulatory|required|other|legal)[ \t]+(?:disclosures?|disclaimers?|notices?)|disclosures|disclaimers?|analyst[ \t]+certifications?|(?:conflicts?|declarations?)[ \t]+of[ \t]+interests?|competing[ \t]+interests`;
/**
 * A heading that is one name of such a section, or two joined by "and", "&" or a comma, past its
 * numbering and marks: "## 7. Disclosures and analyst certification".
 * Example: boilerplateHeadingRe.test('## Important disclosures') → true; boilerplateHeadingRe.test('## Disclosure timeline') → false.
 */
const boilerplateHeadingRe = new RegExp(String.raw`^[^\p{L}]*(?:${boilerplateName})(?:[ \t]*(?:,|&|and)[ \t]*(?:${boilerplateName}))?[^\p{L}]*$`, 'iu');

/** How much of a heading is read. */
const maxRead = 120;

/**
 * A test of block indices, asked in increasing order (the claims' order): whether block `bi`
 * stands in a section of the issuer's boilerplate (see above). One pass over the headings in all.
 * Example: under "## Disclosures and analyst certification", "Rating distribution as of 31 March 2026: Outperform 54%" → true.
 */
export function disclosuresContext(blocks: readonly Block[], mask: string): (bi: number) => boolean {
  return headedSections(blocks, mask, (heading) => boilerplateHeadingRe.test(heading), maxRead);
}
