import { z } from 'zod';
import { diagnosticCodes } from './diagnostics/codes';
import type { DiagnosticCode, SeverityOrOff } from './types';

/**
 * The one typed source of Policy Lens settings. `contributes.configuration` in
 * package.json is generated from this table (`npm run generate:settings`), and a test
 * fails when the two drift. Keys are relative to `policyLens.`.
 */

const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

export interface SettingSection {
  readonly id: string;
  readonly title: string;
  readonly order: number;
}

export const settingSections = {
  highlighting: { id: 'highlighting', title: 'Highlighting', order: 1 },
  diagnostics: { id: 'diagnostics', title: 'Diagnostics', order: 2 },
  analysis: { id: 'analysis', title: 'Analysis', order: 3 },
  factBase: { id: 'factBase', title: 'Fact bases', order: 4 },
} as const satisfies Record<string, SettingSection>;

interface SettingDef<T extends z.ZodType> {
  readonly schema: T;
  readonly section: SettingSection;
  readonly description: string;
  /** The description as Markdown, which the Settings editor shows instead (setting names in it become links). */
  readonly markdownDescription?: string;
  /** The scope VS Code applies it at. */
  readonly scope?: 'application' | 'machine' | 'window' | 'resource' | 'language-overridable';
}

function setting<T extends z.ZodType>(def: SettingDef<T>): SettingDef<T> {
  return def;
}

const severitySettings = Object.fromEntries(
  diagnosticCodes.map((c) => [
    `severity.${c.code}`,
    setting({
      schema: severity.default(c.defaultSeverity),
      section: settingSections.diagnostics,
      description: `Severity of ${c.code} (${c.title}). "off" turns it off.`,
      scope: 'resource',
    }),
  ]),
) as Record<`severity.${DiagnosticCode}`, SettingDef<z.ZodDefault<typeof severity>>>;

export const settingDefs = {
  'highlight.entities': setting({
    schema: z.boolean().default(true),
    section: settingSections.highlighting,
    description: 'Underline named entities of the fact base (organizations, people, models…).',
  }),
  'highlight.claims': setting({
    schema: z.boolean().default(true),
    section: settingSections.highlighting,
    description: 'Give checkable claims (figures, dates, superlatives, reported speech) a subtle background.',
  }),
  'highlight.citations': setting({
    schema: z.boolean().default(true),
    section: settingSections.highlighting,
    description: 'Colour citation markers; markers that resolve to no reference are marked differently.',
  }),
  ...severitySettings,
  'quotes.minWords': setting({
    schema: z.number().int().min(1).max(100).default(3),
    section: settingSections.analysis,
    description:
      'A quoted span with fewer words than this is a term (scare quotes, a name such as "Capybara"), not a quotation, and is never flagged.',
    scope: 'resource',
  }),
  'citations.links': setting({
    schema: z.boolean().default(false),
    section: settingSections.analysis,
    description:
      'Count a link to a web page as a citation: an inline link, a reference-style link, an autolink, a bare URL or an HTML anchor in a sentence sources its quotations and cites its claims, as a citation marker does. Op-eds, blog posts and news copy cite by linking.',
    markdownDescription:
      'Count a link to a web page as a citation: an inline link (`[told CNN](https://…)`), a reference-style link whose definition is a web address (`[the card][card]`), an autolink (`<https://…>`), a bare URL (`https://…`, `www.…`) or an HTML anchor (`<a href="https://…">`) in a sentence sources its quotations and cites its figures, as a citation marker (`[1]`, `[^1]`) does, so they get no PL001 or PL007. Op-eds, blog posts and news copy cite by linking; reports and papers cite with markers (the default).',
    scope: 'resource',
  }),
  'citations.uncitedFigures': setting({
    schema: z.enum(['all', 'onRecord']).default('all'),
    section: settingSections.analysis,
    description:
      'Which figures and dates without a citation PL007 reports: "all" of them, or only those "onRecord", that a fact base holds a fact about (the writer\'s own figures, a fund\'s returns, a vendor\'s service levels, are then left alone).',
    markdownDescription:
      'Which figures and dates without a citation PL007 reports: `all` of them (the default), or only those `onRecord`, that a fact base holds a fact about ("Mythos Preview scores 83.1% on CyberGym" with no marker). With `onRecord`, a draft full of the writer\'s own figures (a fund\'s returns, a board\'s budget, a vendor\'s service levels) gets hints only on the figures a source on record could support.',
    scope: 'resource',
  }),
  'debounceMs': setting({
    schema: z.number().int().min(0).max(5000).default(250),
    section: settingSections.analysis,
    description: 'How long to wait after the last keystroke before re-analysing a document (milliseconds).',
  }),
  'maxFileSizeKB': setting({
    schema: z.number().int().min(1).default(10240),
    section: settingSections.analysis,
    description: 'Documents larger than this (in KB) are not analysed; a message says so.',
  }),
  'factBase.paths': setting({
    schema: z.array(z.string()).default(['.policylens/**/*.{yaml,yml,json}']),
    section: settingSections.factBase,
    description:
      'Glob patterns, relative to each workspace folder, of fact base files (YAML or JSON) to merge with the bundled one. Not loaded in an untrusted workspace.',
    scope: 'resource',
  }),
  'factBase.useBundled': setting({
    schema: z.boolean().default(true),
    section: settingSections.factBase,
    description: 'Use the bundled fact base built from the reference article on Project Glasswing and Claude Mythos Preview.',
    scope: 'resource',
  }),
};

export type SettingKey = keyof typeof settingDefs;

export const settingsSchema = z.object(
  Object.fromEntries(Object.entries(settingDefs).map(([k, d]) => [k, d.schema])) as {
    [K in SettingKey]: (typeof settingDefs)[K]['schema'];
  },
);

export type Settings = z.infer<typeof settingsSchema>;

/** Parse settings from any source; invalid values fall back to their defaults, one by one. */
export function resolveSettings(raw: Partial<Record<string, unknown>> = {}): Settings {
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(settingDefs)) {
    const parsed = def.schema.safeParse(raw[key]);
    out[key] = parsed.success ? parsed.data : def.schema.parse(undefined);
  }
  return out as Settings;
}

export function severityOf(settings: Settings, code: DiagnosticCode): SeverityOrOff {
  return settings[`severity.${code}`];
}
