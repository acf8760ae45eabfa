/**
 * British and American spellings of one word as one key, for matching a quotation against the
 * words on record: "behaviour" is "behavior", "organised" "organized", "analyse" "analyze",
 * "centre" "center", "modelling" "modeling", "defence" "defense". A house style that spells the
 * record's words its own way has not misquoted them. The key is the American spelling; a word
 * both spellings share (or one no rule touches) is its own key.
 *
 * Each rule needs enough letters before the ending that the two spellings are one word, not two
 * ("four" is not "for", "hour" not "hor", "prise" not "prize"): a stem of three letters (two
 * before -tre and -bre: "metre", "fibre"), and for a doubled l at least two vowel groups ("travelled", "modelling": not "filled", which
 * would become "filed").
 */

/** British ending → American ending, each with the inflections the word takes. */
interface Ending {
  readonly british: string;
  readonly american: string;
  /** The fewest letters before the ending. */
  readonly stem: number;
}

const endings: readonly Ending[] = [
  ...inflected('our', 'or', 3, ['', 's', 'ed', 'ing', 'ite', 'ites', 'able', 'ably', 'al', 'ally', 'er', 'ers', 'ful', 'less', 'y']),
  ...inflected('is', 'iz', 3, ['e', 'ed', 'es', 'ing', 'er', 'ers', 'ation', 'ations', 'able']),
  ...inflected('ys', 'yz', 3, ['e', 'ed', 'es', 'ing', 'er', 'ers']),
  // "metre", "litre", "fibre": two letters before -re make a word; "acre" and "ogre" have no -er twin.
  ...inflected('tre', 'ter', 2, ['', 's']),
  ...inflected('bre', 'ber', 2, ['', 's']),
  ...inflected('gre', 'ger', 3, ['', 's']),
  ...inflected('enc', 'ens', 3, ['e', 'es']),
];

function inflected(british: string, american: string, stem: number, suffixes: readonly string[]): Ending[] {
  return suffixes.map((s) => ({ british: british + s, american: american + s, stem }));
}

/** Words whose -re or -our form is another word, not a spelling of the -er or -or one. */
const ownWords = new Set(['timbre', 'timbres']);

/** Words shorter than this have no British spelling a rule knows ("metre" is the shortest). */
const minLength = 5;
/** Words longer than this are no English word a rule could apply to. */
const maxLength = 30;

const vowels = /[aeiouy]+/g;
const doubledL = /^([a-z]+[aeiou])ll(ed|ing|er|ers|or|ors)$/;

/**
 * The spelling key of a lower-case word: its American spelling when it is the British spelling of
 * a word, else the word itself.
 */
export function spellingKey(word: string): string {
  if (word.length < minLength || word.length > maxLength || ownWords.has(word)) return word;
  let best: Ending | undefined;
  for (const rule of endings) {
    if (word.endsWith(rule.british) && word.length - rule.british.length >= rule.stem && (!best || rule.british.length > best.british.length)) best = rule;
  }
  if (best) return word.slice(0, word.length - best.british.length) + best.american;
  const l = doubledL.exec(word);
  if (l && (l[1].match(vowels)?.length ?? 0) >= 2) return `${l[1]}l${l[2]}`;
  return word;
}
