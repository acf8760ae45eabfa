/**
 * Plain data returned by the analysis core. Every range is in the document's own
 * coordinates: zero-based line and UTF-16 character, end exclusive (as VS Code counts).
 * Nothing here depends on `vscode` or on Node built-ins.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Offsets into the analysed text (UTF-16 code units), kept next to ranges for hosts that want them. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type DiagnosticCode =
  | 'PL001'
  | 'PL002'
  | 'PL003'
  | 'PL004'
  | 'PL005'
  | 'PL006'
  | 'PL007'
  | 'PL008';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';

export interface EntityMention {
  /** The fact base entity id. */
  readonly id: string;
  readonly kind: string;
  /** The text as written, possessive included ("Anthropic's"). */
  readonly text: string;
  readonly range: Range;
  readonly span: Span;
}

export type CitationKind = 'numeric' | 'footnote' | 'pandoc' | 'author-year';

export interface ReferenceInfo {
  /** Where the reference is defined: a list item, a definition line, or a bibliography entry. */
  readonly kind: 'definition' | 'footnote' | 'list-item' | 'bibliography';
  /** Label the reference answers to ("7", "^note", "@smith2020"). */
  readonly label: string;
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  /** The whole text of the reference as written (list item or definition body). */
  readonly text: string;
  /** Where it is defined in this document; absent for bibliography-file entries. */
  readonly range?: Range;
  /** For bibliography entries: the file it came from, as named in front matter. */
  readonly file?: string;
  /** For an entry that opens with its authors and year: how the text cites it ("Anthropic 2026a"). */
  readonly citeAs?: string;
  /** For a second definition of a label (`[^1]:` twice): where the first is, which its markers resolve to. */
  readonly firstDefinition?: Range;
}

export interface Citation {
  /** "7", "^note-label", "@smith2020". One marker per number even in runs/lists/ranges. */
  readonly label: string;
  readonly kind: CitationKind;
  /** The range of this marker; for lists and ranges, the range of its own number or key. */
  readonly range: Range;
  readonly span: Span;
  readonly resolved: boolean;
  /** Index into `Analysis.references`, when resolved. */
  readonly referenceIndex?: number;
  /** Why it resolves to nothing, in words a writer understands; only when unresolved. */
  readonly unresolvedReason?: string;
  /** Pandoc locator such as "p. 4". */
  readonly locator?: string;
}

export interface Quotation {
  /** The words between the marks (for block quotes, the quoted text without `>` markers). */
  readonly text: string;
  /** Range including the quotation marks. */
  readonly range: Range;
  readonly span: Span;
  readonly kind: 'inline' | 'block';
  readonly wordCount: number;
  readonly sourced: boolean;
  /** Labels of the resolved markers that source it. */
  readonly citations: readonly string[];
  /** Labels of markers in its sentence that do not resolve. */
  readonly unresolvedCitations: readonly string[];
  /**
   * With `policyLens.citations.links` on, the web addresses of the links that source it when no
   * marker does: a link in its sentence (or row, or list lead-in; for a block quote, in it).
   */
  readonly links?: readonly string[];
  /** Id of the quotation on record it matches (exactly or nearly), or null. */
  readonly onRecord: string | null;
  /**
   * How it matches the record, when `onRecord` is set: `contains` when it holds the words on record
   * among more words, `reordered` when it holds a stretch of them in another order.
   */
  readonly recordMatch?: 'exact' | 'near' | 'reordered' | 'contains';
  /** Index of the sentence that holds it, into `Analysis.sentences`. */
  readonly sentenceIndex: number;
  /**
   * For a quotation its attribution interrupts ('“We did not feel comfortable,” Graham said,
   * “releasing this generally.”'), its pieces in order, each with its marks: it is one
   * quotation, whose `span` runs from the first piece's opening mark to the last one's
   * closing mark and whose `text` joins the pieces' words (see `quotes/interrupted.ts`).
   * So is a quotation of several paragraphs set as newspapers do, each paragraph a piece
   * (see `quotes/continuedQuotes.ts`).
   */
  readonly parts?: readonly QuotationPart[];
}

/** One piece of an interrupted quotation: its words, and where it stands with its marks. */
export interface QuotationPart {
  readonly text: string;
  readonly range: Range;
  readonly span: Span;
  /**
   * For a paragraph a quotation goes on from (one left open, as newspapers set a quotation
   * of several paragraphs), the sentence that holds its opening mark; such a piece has no
   * closing mark: its span ends with the paragraph's text. The other pieces stand in the
   * quotation's own sentence (`Quotation.sentenceIndex`).
   */
  readonly sentenceIndex?: number;
}

export type ClaimKind =
  | 'percentage'
  | 'money'
  | 'count'
  | 'measure'
  | 'duration'
  | 'age'
  | 'date'
  | 'superlative'
  | 'reported-speech';

export type ClaimStatus = 'confirmed' | 'contradicted' | 'unverified';

/** A quantity or date as written, normalised. */
export interface ClaimValue {
  readonly kind: ClaimKind;
  readonly text: string;
  readonly range: Range;
  readonly span: Span;
  /** Normalised number (percent as 83.1, money in units, count, measure). */
  readonly number?: number;
  readonly unit?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD, "--MM-DD" with no year) for dates; YYYY-Qn for a calendar quarter ("Q1 2026"); an interval within a month, its end's day alone, for a part of a month ("late April 2026": "2026-04-21/30"). */
  readonly date?: string;
  /** Qualifier stated in the text: "about", "more than", "up to"; "nearly" ("almost", "just under") is a little below the figure. */
  readonly approx?: 'about' | 'nearly' | 'more-than' | 'less-than' | 'up-to' | 'at-least';
  /**
   * The figure with the words before it that qualify it, as written ("nearly 30", "more than $250
   * million", "some two dozen"): what the text says, so what a message quotes and a fix replaces.
   * Absent when no word qualifies the figure.
   */
  readonly qualified?: { readonly text: string; readonly span: Span };
  /**
   * A figure that measures one figure against another, not a level: a difference ("16.5 percentage
   * points higher", "leads by 13.1 percent"), a ratio ("1.5 times what Opus 4.6 does"), or the
   * complement of a share, what fails rather than what succeeds ("fails 16.9% of tasks").
   */
  readonly relation?: 'difference' | 'ratio' | 'complement';
}

export interface FactCheck {
  readonly factId: string;
  readonly verdict: 'agrees' | 'contradicts';
  /** The value in the text. */
  readonly valueIndex: number;
  /** The value on record, formatted for a writer ("83.1%", "April 7, 2026"). */
  readonly recordText: string;
}

export interface Claim {
  readonly text: string;
  readonly range: Range;
  readonly span: Span;
  readonly kinds: readonly ClaimKind[];
  readonly values: readonly ClaimValue[];
  readonly status: ClaimStatus;
  /** Fact ids the claim matches (agreeing or contradicting). */
  readonly facts: readonly string[];
  readonly checks: readonly FactCheck[];
  /** Labels of resolved citation markers in the sentence. */
  readonly citations: readonly string[];
  /** Labels of markers in the sentence that do not resolve. */
  readonly unresolvedCitations: readonly string[];
  /** With `policyLens.citations.links` on, the web addresses of the links that cite it when no marker does (see `Quotation.links`). */
  readonly links?: readonly string[];
  readonly sentenceIndex: number;
}

export interface Sentence {
  readonly span: Span;
  readonly range: Range;
}

export interface RelatedLocation {
  readonly message: string;
  /** Absent: the same document. */
  readonly range: Range;
}

/** A text edit in document coordinates. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The preferred fix for the finding, if any. */
  readonly isPreferred?: boolean;
}

export interface Finding {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly span: Span;
  readonly related: readonly RelatedLocation[];
  /** Fixes known for this finding (suppression fixes are added by `suppressionFixes`). */
  readonly fixes: readonly Fix[];
}

export interface Analysis {
  readonly version: 1;
  readonly entities: readonly EntityMention[];
  readonly citations: readonly Citation[];
  readonly references: readonly ReferenceInfo[];
  readonly quotes: readonly Quotation[];
  readonly claims: readonly Claim[];
  readonly sentences: readonly Sentence[];
  /** Findings after suppression comments and severity settings ('off' codes removed). */
  readonly findings: readonly Finding[];
  /** Bibliography files named in front matter (paths as written). */
  readonly bibliographyFiles: readonly string[];
}
