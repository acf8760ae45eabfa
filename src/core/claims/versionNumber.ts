/**
 * Numbers that name a version of a piece of software, as maintainers write them, not figures:
 * "the 3.x series", "4.2.x" (a part written "x"), "the 4.2 branch", "the 5.0 milestone", "the 4.2
 * release", "any 2.4 or 2.5 tree", "a release candidate for 5.0", "fixed in 4.2", "libtessera 5.0",
 * "glibc 2.39 and musl 1.2.5". (Three parts, "4.2.1",
 * and a "v", "v5.0.0-rc2", are never read as numbers; a number after a capitalised name, "Llama 3",
 * is a name's, see `isNotAValue`.) A number with a unit stays a figure: "4.2%", "5.0 points".
 */

/** After the digits: a part written "x" or "*", "3.x", "4.2.x", "4.*". */
function wildcardPartAfter(text: string, b: number): boolean {
  if (text.charCodeAt(b) !== 46) return false;
  const c = text.charCodeAt(b + 1);
  if (c !== 120 && c !== 88 && c !== 42) return false;
  const next = text.charCodeAt(b + 2);
  return !((next >= 48 && next <= 57) || ((next | 32) >= 97 && (next | 32) <= 122) || next === 95);
}

/**
 * After a number written with a point: a noun of a line of releases, in the singular ("the 4.2
 * branch", "the 5.0 cycle", "a 4.2 release", "the 24.04 LTS", "a 2.5 tree"); "4.2 releases" may count them.
 */
const versionNounAfterRe = /^[ \t]+(?:branch|series|tree|release|line|milestone|cycle|build|stream|track|beta|alpha|rc|pre-?release|LTS)(?![\p{L}\p{N}-])/iu;

/**
 * After a number written with a point: another one joined to it by "and", "or", "to" or a comma,
 * then a noun of a line of releases, in the singular or the plural ("any 2.4 or 2.5 tree", "the
 * 4.1 and 4.2 branches"): the noun names both. Not "2.4 or 2.5 times".
 */
const joinedVersionNounAfterRe =
  /^(?:,|[ \t]+(?:and|or|to))[ \t]+v?\d{1,4}\.\d{1,4}(?:\.\d{1,4})?[ \t]+(?:branch(?:es)?|series|trees?|releases?|lines?|streams?|tracks?|LTS)(?![\p{L}\p{N}-])/iu;

/**
 * Before a number written with a point: another one and "and", "or", "to" or a comma, and after
 * it a noun of lines of releases in the plural ("the 4.1 and 4.2 branches", "the 2.4 or 2.5 trees").
 */
const joinedVersionBeforeRe = /\d\.\d{1,4}(?:\.\d{1,4})?(?:,|[ \t]+(?:and|or|to))[ \t]+v?$/;
const pluralVersionNounAfterRe = /^[ \t]+(?:branches|trees|series|lines|streams|tracks)(?![\p{L}\p{N}-])/iu;

/**
 * Before a number written with a point: a release or a change it is one of ("a release candidate for
 * 5.0", "the changelog of 4.2", "fixed in 4.2", "backported to 4.1", "upgrade to 5.0").
 */
const versionContextBeforeRe =
  /\b(?:(?:release|candidate|branch|milestone|changelog|backport|beta|alpha|rc)[ \t]+(?:for|of)|(?:fixed|patched|introduced|deprecated|removed|backported|upgrad(?:e|ed|es|ing))[ \t]+(?:in|to))[ \t]+$/i;

/**
 * A version written unambiguously after a word (three parts, a "v", or a part "x"): "libtessera
 * 4.2.1", "libtessera v5.0.0", "libtessera 4.x". The word is then a software's name in that sentence.
 */
const unambiguousVersionAfterRe = /^[ \t]v?\d{1,4}\.(?:\d{1,4}\.\d|[xX*](?![\p{L}\p{N}]))/u;

/** A software's name written in lower case ("libtessera", "log4j", "zlib_ng"): a word of letters, digits, "_" and inner "-". */
const lowerNameRe = /(?:^|[^\p{L}\p{N}_.-])([a-z][a-z0-9_]*(?:-[a-z0-9_]+)*)[ \t]$/u;
/**
 * A library's name ("libtessera", "libtiff", "glibc", "zlib", "uclibc") or one holding a digit or
 * "_" ("log4j", "zlib_ng"), never an ordinary word.
 */
const softwareShapedRe = /^(?:lib[a-z]{2,}|[a-z]+libc?|[a-z]+[0-9_][a-z0-9_]*)$/;

/**
 * After the number: "and" or "or" and another lower-case name with a version written
 * unambiguously ("glibc 2.39 and musl 1.2.5"): the two are named alike, so the first is software too.
 */
const pairedSoftwareAfterRe = /^(?:,|[ \t]+(?:and|or))[ \t]+[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*[ \t]v?\d{1,4}\.(?:\d{1,4}\.\d|[xX*](?![\p{L}\p{N}]))/u;

/** How far either side of a number the sentence is searched for its name given a version: a sentence of thousands of numbers stays linear. */
const nameReach = 200;

/**
 * Whether `name`, a lower-case word just before the number at `a`, names a piece of software: its
 * shape says so, or the sentence gives it a version written unambiguously nearby ("Upgrade from
 * tessera 4.2.1 to tessera 5.0"), within `nameReach` characters.
 */
function namesSoftware(text: string, name: string, a: number): boolean {
  if (softwareShapedRe.test(name)) return true;
  const from = Math.max(0, a - nameReach);
  const near = text.slice(from, Math.min(text.length, a + nameReach));
  const self = a - 1 - name.length - from;
  for (let k = near.indexOf(name); k >= 0; k = near.indexOf(name, k + name.length)) {
    if (k === self) continue;
    const before = near.charCodeAt(k - 1);
    if (k > 0 && ((before >= 97 && before <= 122) || (before >= 48 && before <= 57))) continue;
    const end = k + name.length;
    if (unambiguousVersionAfterRe.test(near.slice(end, end + 16))) return true;
  }
  return false;
}

/**
 * Whether the number `token` at [a, b) of the sentence `text` names a version (see the file's
 * comment). Only the few characters around the number are read, and for a lower-case name before a
 * number written with a point, the sentence within `nameReach` of it.
 */
export function isVersionNumber(text: string, token: string, a: number, b: number): boolean {
  if (wildcardPartAfter(text, b)) return true;
  if (!token.includes('.')) return false;
  const after = text.slice(b, b + 40);
  if (versionNounAfterRe.test(after) || joinedVersionNounAfterRe.test(after)) return true;
  const before = text.slice(Math.max(0, a - 32), a);
  if (versionContextBeforeRe.test(before) || (pluralVersionNounAfterRe.test(after) && joinedVersionBeforeRe.test(before))) return true;
  const name = lowerNameRe.exec(before);
  return name !== null && (pairedSoftwareAfterRe.test(text.slice(b, b + 60)) || namesSoftware(text, name[1], a));
}
