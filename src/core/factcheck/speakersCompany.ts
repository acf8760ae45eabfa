import type { EntityMention, Range, Span } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import { quoteCredits } from './verbCredits';
import { firstAtOrAfter } from '../util/search';

/**
 * "the company" or "the firm" in what a company's officer is reported to say stands for that
 * company: "Dario Amodei said the company would commit $150 million in usage credits" speaks of
 * Anthropic, as "Dario Amodei said Anthropic would commit …" does, so the figure is checked
 * against Anthropic's. The speaker is the person a verb of saying before the noun credits (the
 * same reading as for quotations, `quoteCredits`), and the company is the one organization they
 * belong to at the top (Anthropic for Logan Graham, not its Frontier Red Team), not an
 * institution named by its head noun ("Linux Foundation": not a company). A sentence that names
 * an organization itself ("Amodei said Microsoft and the company …") is left as it is: the noun
 * may stand for that one.
 */

/** "the company", "the firm", with a possessive. */
const companyNounRe = /(?<![\p{L}\p{N}])[Tt]he\s+(?:company|firm)(?:['’]s)?(?![\p{L}\p{N}'’-])/gu;

/** Head nouns of institutions' names that are no company. */
const institutionHeadRe = /\b(?:Foundation|Institute|Department|Ministry|Agency|Bureau|Commission|Committee|Council|Administration|Government|University|Association|Coalition|Team)$/;

/** The one top-level organization `personId` belongs to that is a company, or undefined. */
function companyOf(personId: string, index: FactIndex): string | undefined {
  const up = index.entity(personId)?.memberOf ?? [];
  const orgs = up.filter((id) => {
    const e = index.entity(id);
    return e?.kind === 'organization' && !institutionHeadRe.test(e.name) && !(e.memberOf ?? []).some((o) => up.includes(o));
  });
  return orgs.length === 1 ? orgs[0] : undefined;
}

/**
 * The sentence's mentions (`mentions`, in order; the sentence's text from document offset
 * `start`) with the company its "the company" stands for added in place (see above); the
 * mentions as they are when it holds none. `quoted` are the sentence's quotations, whose words
 * are not the attribution. Reads the sentence with a regular expression only when it names a
 * person and no organization.
 */
export function withSpeakersCompany(
  sentenceText: string,
  start: number,
  mentions: readonly EntityMention[],
  quoted: readonly Span[],
  index: FactIndex,
  rangeOf: (start: number, end: number) => Range,
): readonly EntityMention[] {
  if (!mentions.some((e) => e.kind === 'person') || mentions.some((e) => e.kind === 'organization')) return mentions;
  companyNounRe.lastIndex = 0;
  let added: EntityMention[] | undefined;
  let credits: ReturnType<typeof quoteCredits> | undefined;
  for (let m; (m = companyNounRe.exec(sentenceText)); ) {
    const a = start + m.index;
    const qi = firstAtOrAfter(quoted, a + 1, (q) => q.start) - 1;
    if (qi >= 0 && a < quoted[qi].end) continue;
    credits ??= quoteCredits(sentenceText, start, mentions, quoted);
    const companies = new Set<string>();
    for (const e of credits(a, a)) {
      const company = e.kind === 'person' ? companyOf(e.id, index) : undefined;
      if (company) companies.add(company);
    }
    if (companies.size !== 1) continue;
    const [id] = companies;
    // The noun and its possessive, as a name's mention ("company's"), without "the".
    const b = a + m[0].length;
    const nounAt = b - m[0].replace(/^[Tt]he\s+/, '').length;
    (added ??= []).push({ id, kind: 'organization', text: sentenceText.slice(nounAt - start, b - start), span: { start: nounAt, end: b }, range: rangeOf(nounAt, b) });
  }
  if (!added) return mentions;
  return [...mentions, ...added].sort((x, y) => x.span.start - y.span.start);
}
