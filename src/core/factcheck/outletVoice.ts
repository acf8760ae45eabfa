/**
 * Whether an outlet that published the words on record is made their speaker, not their reporter:
 * "Fortune described the model as “by far the most powerful AI model we've ever developed”" puts
 * Anthropic's "we" in Fortune's mouth, where "According to Fortune, …" and "Fortune reported …"
 * only say who reported them. Words in the first person are the one sign that they cannot be the
 * outlet's own; other words an outlet "called" or "described" may be its own summing-up.
 */

/** The first person of a company or a person speaking: "we've", "our Opus models", "I". */
const firstPersonRe = /(?:^|[^\p{L}'’])(?:we|we['’](?:ve|re|ll|d)|us|our|ours|ourselves|i|i['’](?:m|ve|ll|d)|me|my)(?![\p{L}'’])/iu;

/**
 * A reporting frame around the outlet's name: "according to Fortune", "Fortune reported", "as
 * Fortune first revealed", and a verb that reports a clause, "Fortune wrote that the model was “…”".
 */
const reportingBeforeRe = /\b(?:according to|as reported by|reported by|as|in|via|per)\s+$/i;
const reportingAfterRe = /^['’]?s?\s+(?:(?:first|later|also|then|had|has|have|was|were)\s+)?(?:reported|reports|reporting|quoted|quotes|quoting|revealed|reveals|published|publishes|obtained|cited|cites|citing|first\b|\p{L}+\s+that\b)/iu;

/** A verb right after the outlet's name that makes it the speaker: "Fortune said", "Fortune described the model as", "Fortune called it". */
const ownVoiceVerbRe = /^\s+(?:also\s+)?(?:said|says|called|calls|described|describes|wrote|writes|declared|declares|stated|states|added|adds|boasted|boasts|claimed|claims|insisted|insists)\b/i;

/**
 * Whether the outlet named at `outlet` (document offsets) in `text` is credited in its own voice
 * with `words`, the quoted words: words in the first person ("CNN said the company “did not feel
 * …”" quotes no "we"), a verb of saying right after the outlet's name (a label, "CNN: “…”", names
 * the source), and no reporting frame around it.
 */
export function speaksInOutletVoice(text: string, outlet: { start: number; end: number }, words: string): boolean {
  if (!firstPersonRe.test(words)) return false;
  const before = text.slice(Math.max(0, outlet.start - 24), outlet.start);
  const after = text.slice(outlet.end, outlet.end + 40);
  return ownVoiceVerbRe.test(after) && !reportingBeforeRe.test(before) && !reportingAfterRe.test(after);
}
