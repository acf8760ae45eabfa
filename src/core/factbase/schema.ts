import { z } from 'zod';

/**
 * The fact base schema. The bundled fact base and every user fact base (YAML or JSON)
 * are validated by the same schema. Ids are kebab-case and unique within their list.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case kebab-case (a-z, 0-9, "-", ".")');

export const entityKinds = [
  'organization',
  'government-body',
  'person',
  'role',
  'model',
  'model-tier',
  'benchmark',
  'program',
  'framework',
  'document',
  'event',
  'product',
  'place',
  'law',
  'concept',
] as const;
export type EntityKind = (typeof entityKinds)[number];

/**
 * An alias is a string, or an object that overrides the case rule. Without an override,
 * an alias that is an ordinary capitalised word or phrase ("Apple", "Mythos",
 * "Project Glasswing") matches case-sensitively, and one with a digit, a hyphen, an inner
 * capital or all capitals ("SWE-bench Verified", "CyberGym", "NVIDIA") case-insensitively.
 */
export const aliasSchema = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), caseSensitive: z.boolean() }),
]);

export const entitySchema = z.strictObject({
  id,
  kind: z.enum(entityKinds),
  name: z.string().min(1),
  aliases: z.array(aliasSchema).default([]),
  summary: z.string().min(1),
  /** For people: roles held ("CEO of the Linux Foundation"). */
  roles: z.array(z.string().min(1)).optional(),
  /** Ids of entities this one is part of or belongs to (a person's organization, a model's maker). */
  memberOf: z.array(id).optional(),
  url: z.string().url().optional(),
});

/** Exactly-dated (YYYY-MM-DD), month (YYYY-MM) or year (YYYY). */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

/** How a value is stated on record: exactly, or as a bound/approximation. */
export const approxSchema = z.enum(['exact', 'about', 'more-than', 'less-than', 'up-to', 'at-least']);

export const factValueSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('percent'),
    value: z.number(),
    /** Upper end of a range such as 80-90%. */
    to: z.number().optional(),
    approx: approxSchema.default('exact'),
  }),
  z.strictObject({
    type: z.literal('money'),
    amount: z.number().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'currency is an ISO 4217 code such as USD'),
    approx: approxSchema.default('exact'),
  }),
  z.strictObject({
    type: z.literal('count'),
    value: z.number(),
    to: z.number().optional(),
    /** What is counted ("founding partners", "pages"). */
    unit: z.string().optional(),
    approx: approxSchema.default('exact'),
  }),
  z.strictObject({
    type: z.literal('measure'),
    value: z.number(),
    unit: z.string().min(1),
    approx: approxSchema.default('exact'),
  }),
  z.strictObject({
    type: z.literal('duration'),
    value: z.number(),
    unit: z.enum(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']),
    approx: approxSchema.default('exact'),
  }),
  z.strictObject({
    type: z.literal('age'),
    value: z.number().nonnegative(),
    unit: z.enum(['day', 'week', 'month', 'year']).default('year'),
    approx: approxSchema.default('exact'),
  }),
  z.strictObject({ type: z.literal('date'), date: isoDate }),
]);

export const factSchema = z.strictObject({
  id,
  statement: z.string().min(1),
  /** The entities the fact is about; the first is the subject. */
  entities: z.array(id).min(1),
  /**
   * What is measured, as a stable key shared by facts of the same kind
   * ("cybergym-score", "founding-partner-count", "announcement-date").
   */
  measure: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  /** Words that signal this measure in a sentence ("CyberGym", "founding partners"). */
  cues: z.array(z.string().min(1)).optional(),
  value: factValueSchema.optional(),
  sources: z.array(id).default([]),
});

export const sourceSchema = z.strictObject({
  id,
  /** The number in the reference list it was published with, if any. */
  number: z.number().int().positive().optional(),
  title: z.string().min(1),
  publisher: z.string().min(1),
  kind: z.enum(['web', 'pdf', 'news', 'legal', 'blog', 'paper', 'book', 'video', 'other']),
  url: z.string().url().optional(),
  date: isoDate.optional(),
  /**
   * False for a source a writer cannot cite: the fact base's own notes or compilation (the bundled
   * reference article). Its facts are checked all the same, but no quick fix cites it in a draft.
   */
  citable: z.boolean().optional(),
});

export const quotationSchema = z.strictObject({
  id,
  /** The exact words on record. */
  text: z.string().min(1),
  /** Entity id of the person or organization who said or wrote it. */
  speaker: id,
  /** Entity id of the document it appears in, when it was written. */
  document: id.optional(),
  /** Where it was said ("told CNN", "in a draft blog post"). */
  where: z.string().min(1),
  date: isoDate.optional(),
  sources: z.array(id).min(1),
});

export const relationSchema = z.strictObject({
  from: id,
  to: id,
  /** A verb phrase read as "from <type> to" ("developed", "founding-partner-of", "leads"). */
  type: z.string().min(1),
});

export const factBaseSchema = z.strictObject({
  version: z.literal(1),
  /** A name for the fact base, shown in hovers next to sources. */
  name: z.string().min(1).optional(),
  entities: z.array(entitySchema).default([]),
  facts: z.array(factSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  quotations: z.array(quotationSchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export type Alias = z.infer<typeof aliasSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type FactValue = z.infer<typeof factValueSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type QuotationOnRecord = z.infer<typeof quotationSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type FactBase = z.infer<typeof factBaseSchema>;
/** What a user writes: defaults may be left out. */
export type FactBaseInput = z.input<typeof factBaseSchema>;
