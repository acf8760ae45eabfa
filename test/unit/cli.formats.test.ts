import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { diagnosticCodes, type Analysis, type Finding, type Range } from '../../src/core';
import type { CheckRun } from '../../src/cli/check';
import { exitCodeOf, failsAt } from '../../src/cli/exitCode';
import { formatJson } from '../../src/cli/format/json';
import { formatSarif, sarifLog } from '../../src/cli/format/sarif';
import { formatText, summaryLine } from '../../src/cli/format/text';
import { inputNotice } from '../../src/cli/notice';

const r = (line: number, start: number, end: number, endLine = line): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

function finding(
  code: Finding['code'],
  severity: Finding['severity'],
  range: Range,
  message: string,
  related: Finding['related'] = [],
  fixes: Finding['fixes'] = [],
): Finding {
  return { code, severity, message, range, span: { start: 0, end: 0 }, related, fixes };
}

/** The checked text: six lines of 60 characters, each ending in "\n". */
const text = `${'x'.repeat(60)}\n`.repeat(6);
const endOfText = { line: 6, character: 0 };
const citeFix = { title: 'Cite [1] Project Glasswing', edits: [{ range: r(1, 39, 39), newText: '[1]' }], isPreferred: true };
const stubFix = { title: 'Add a footnote definition for [9]', edits: [{ range: { start: endOfText, end: endOfText }, newText: '\n[9]: TODO: source\n' }] };

/** A hand-made analysis, so the formats are tested without the analysis pipeline. */
const analysis: Analysis = {
  version: 1,
  entities: [{ id: 'anthropic', kind: 'organization', text: "Anthropic's", range: r(0, 0, 11), span: { start: 0, end: 11 } }],
  citations: [
    { label: '1', kind: 'numeric', range: r(0, 40, 43), span: { start: 40, end: 43 }, resolved: true, referenceIndex: 0 },
    { label: '9', kind: 'numeric', range: r(2, 10, 13), span: { start: 0, end: 0 }, resolved: false, unresolvedReason: 'no reference 9' },
    { label: '^n', kind: 'footnote', range: r(2, 20, 24), span: { start: 0, end: 0 }, resolved: true, referenceIndex: 1 },
  ],
  references: [
    { kind: 'list-item', label: '1', title: 'Project Glasswing', url: 'https://example.com/glasswing', text: 'Project Glasswing - Anthropic' },
    { kind: 'footnote', label: '^n', title: 'A footnote', text: 'A footnote' },
  ],
  quotes: [
    {
      text: 'by far the most powerful AI model',
      range: r(1, 4, 39),
      span: { start: 0, end: 0 },
      kind: 'inline',
      wordCount: 7,
      sourced: false,
      citations: [],
      unresolvedCitations: ['9'],
      onRecord: 'q-most-powerful',
      recordMatch: 'exact',
      sentenceIndex: 1,
    },
  ],
  claims: [
    {
      text: 'Mythos scored 83.1% on CyberGym.',
      range: r(3, 0, 32),
      span: { start: 0, end: 0 },
      kinds: ['percentage'],
      values: [],
      status: 'confirmed',
      facts: ['mythos-cybergym'],
      checks: [],
      citations: ['1'],
      unresolvedCitations: [],
      sentenceIndex: 3,
    },
  ],
  sentences: [],
  findings: [
    finding('PL002', 'warning', r(2, 10, 13), 'Citation [9] resolves to no reference.', [], [stubFix]),
    finding('PL001', 'warning', r(1, 4, 39), 'Quotation without a source.\nAdd a citation.', [{ message: 'unresolved marker [9]', range: r(2, 10, 13) }], [citeFix]),
    finding('PL007', 'hint', r(3, 0, 32), 'Claim with a figure but no citation.'),
    finding('PL003', 'information', r(5, 0, 20), 'Reference 2 is never cited.'),
  ],
  bibliographyFiles: [],
};

const cwd = path.resolve('/work/project');
const run: CheckRun = {
  files: [
    { path: 'drafts/brief.md', absolutePath: path.join(cwd, 'drafts', 'brief.md'), text, analysis },
    { path: 'drafts/with space.md', absolutePath: path.join(cwd, 'drafts', 'with space.md'), text, analysis: { ...analysis, findings: [analysis.findings[0]] } },
  ],
  notices: [],
};
const clean: CheckRun = { files: [{ path: 'a.md', absolutePath: path.join(cwd, 'a.md'), text, analysis: { ...analysis, findings: [] } }], notices: [] };

describe('cli: text format', () => {
  it('prints path:line:col severity code message, 1-based, in document order, then a summary', () => {
    assert.equal(
      formatText(run, false),
      [
        'drafts/brief.md:2:5 warning PL001 Quotation without a source. Add a citation.',
        'drafts/brief.md:3:11 warning PL002 Citation [9] resolves to no reference.',
        'drafts/brief.md:4:1 hint PL007 Claim with a figure but no citation.',
        'drafts/brief.md:6:1 information PL003 Reference 2 is never cited.',
        'drafts/with space.md:3:11 warning PL002 Citation [9] resolves to no reference.',
        '5 problems (0 errors, 3 warnings, 1 information, 1 hint) in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the summary with --quiet, and says nothing when clean and quiet', () => {
    assert.ok(!formatText(run, true).includes('problems'));
    assert.equal(formatText(clean, true), '');
    assert.equal(formatText(clean, false), 'No problems in 1 file\n');
  });

  it('counts in words', () => {
    assert.equal(summaryLine({ error: 1, warning: 1, information: 0, hint: 0 }, 1), '2 problems (1 error, 1 warning, 0 information, 0 hints) in 1 file');
    assert.equal(summaryLine({ error: 0, warning: 0, information: 0, hint: 0 }, 3), 'No problems in 3 files');
    // A fact base with errors or an unreadable file is counted, so the all-clear line does not hide it.
    assert.equal(summaryLine({ error: 0, warning: 0, information: 0, hint: 0 }, 1, 1), 'No problems in 1 file; 1 input problem reported on stderr');
    assert.equal(summaryLine({ error: 0, warning: 1, information: 0, hint: 0 }, 2, 3), '1 problem (0 errors, 1 warning, 0 information, 0 hints) in 2 files; 3 input problems reported on stderr');
  });
});

describe('cli: json format', () => {
  const doc = JSON.parse(formatJson(run));

  it('has exactly the shape of the spec', () => {
    assert.deepEqual(Object.keys(doc), ['version', 'files']);
    assert.equal(doc.version, 1);
    assert.equal(doc.files.length, 2);
    const f = doc.files[0];
    assert.deepEqual(Object.keys(f), ['path', 'entities', 'citations', 'quotes', 'claims', 'diagnostics']);
    assert.equal(f.path, 'drafts/brief.md');
    assert.deepEqual(f.entities, [{ id: 'anthropic', kind: 'organization', text: "Anthropic's", range: r(0, 0, 11) }]);
    assert.deepEqual(f.quotes, [{ text: 'by far the most powerful AI model', range: r(1, 4, 39), sourced: false, citations: [], onRecord: 'q-most-powerful' }]);
    assert.deepEqual(f.claims, [{ text: 'Mythos scored 83.1% on CyberGym.', range: r(3, 0, 32), kinds: ['percentage'], status: 'confirmed', facts: ['mythos-cybergym'] }]);
  });

  it('maps citations to their reference through referenceIndex, null when unresolved', () => {
    assert.deepEqual(doc.files[0].citations, [
      { label: '1', kind: 'numeric', range: r(0, 40, 43), resolved: true, reference: { title: 'Project Glasswing', url: 'https://example.com/glasswing' } },
      { label: '9', kind: 'numeric', range: r(2, 10, 13), resolved: false, reference: null },
      { label: '^n', kind: 'footnote', range: r(2, 20, 24), resolved: true, reference: { title: 'A footnote', url: null } },
    ]);
  });

  it('lists diagnostics with zero-based ranges, and related locations only when present', () => {
    const [pl001, pl002] = doc.files[0].diagnostics;
    assert.deepEqual(pl001, {
      code: 'PL001',
      severity: 'warning',
      message: 'Quotation without a source.\nAdd a citation.',
      range: r(1, 4, 39),
      related: [{ message: 'unresolved marker [9]', range: r(2, 10, 13) }],
      fixes: [{ title: 'Cite [1] Project Glasswing', edits: [{ range: r(1, 39, 39), newText: '[1]' }], isPreferred: true }],
    });
    assert.deepEqual(pl002, {
      code: 'PL002',
      severity: 'warning',
      message: 'Citation [9] resolves to no reference.',
      range: r(2, 10, 13),
      fixes: [{ title: 'Add a footnote definition for [9]', edits: [{ range: r(6, 0, 0), newText: '\n[9]: TODO: source\n' }] }],
    });
  });

  it('gives a diagnostic fixes only when the core has a fix with edits for it', () => {
    const [, , pl007, pl003] = doc.files[0].diagnostics;
    assert.equal(pl007.code, 'PL007');
    assert.ok(!('fixes' in pl007));
    assert.ok(!('fixes' in pl003));
    const empty = finding('PL006', 'warning', r(0, 0, 4), 'Contradicts.', [], [{ title: 'Nothing to do', edits: [] }]);
    const one: CheckRun = { files: [{ ...run.files[0], analysis: { ...analysis, findings: [empty] } }], notices: [] };
    assert.ok(!('fixes' in JSON.parse(formatJson(one)).files[0].diagnostics[0]));
    assert.ok(!('fixes' in sarifLog(one, cwd, '0.0.0').runs[0].results[0]));
  });

  it('is pretty-printed with two spaces', () => {
    assert.ok(formatJson(clean).startsWith('{\n  "version": 1,\n  "files": [\n    {\n      "path": "a.md"'));
  });
});

/**
 * The properties SARIF 2.1.0 (OASIS standard, and its JSON schema) requires or
 * constrains, for the objects this tool writes. Returns the violations found.
 */
export function sarifViolations(log: unknown): string[] {
  const out: string[] = [];
  const isObj = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const need = (cond: boolean, what: string) => void (cond || out.push(what));
  const levels = ['none', 'note', 'warning', 'error'];
  const isInt = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min;
  const message = (m: unknown, at: string) => need(isObj(m) && (typeof m.text === 'string' || typeof m.id === 'string'), `${at}: message needs text or id`);
  const uriRef = (u: unknown, at: string) => need(typeof u === 'string' && !/[\s\\]/.test(u) && u.length > 0, `${at}: uri must be a URI reference`);
  const region = (reg: unknown, at: string) => {
    if (reg === undefined) return;
    if (!isObj(reg)) return need(false, `${at}: region must be an object`);
    need(isInt(reg.startLine, 1), `${at}: startLine >= 1`);
    if (reg.startColumn !== undefined) need(isInt(reg.startColumn, 1), `${at}: startColumn >= 1`);
    if (reg.endLine !== undefined) need(isInt(reg.endLine, 1) && reg.endLine >= reg.startLine, `${at}: endLine >= startLine`);
    if (reg.endColumn !== undefined) {
      need(isInt(reg.endColumn, 1), `${at}: endColumn >= 1`);
      if ((reg.endLine ?? reg.startLine) === reg.startLine) need(reg.endColumn >= (reg.startColumn ?? 1), `${at}: endColumn >= startColumn`);
    }
  };
  const location = (loc: unknown, at: string, baseIds: Set<string>) => {
    if (!isObj(loc)) return need(false, `${at}: location must be an object`);
    if (loc.id !== undefined) need(isInt(loc.id, -1), `${at}: id is an integer >= -1`);
    if (loc.message !== undefined) message(loc.message, at);
    const pl = loc.physicalLocation;
    if (pl === undefined) return;
    need(isObj(pl) && (isObj(pl.artifactLocation) || isObj(pl.address)), `${at}: physicalLocation needs artifactLocation or address`);
    if (isObj(pl) && isObj(pl.artifactLocation)) {
      uriRef(pl.artifactLocation.uri, `${at}.artifactLocation`);
      const base = pl.artifactLocation.uriBaseId;
      if (base !== undefined) need(baseIds.has(base), `${at}: uriBaseId ${base} is declared in originalUriBaseIds`);
      else need(/^[a-z][a-z0-9+.-]*:/i.test(pl.artifactLocation.uri), `${at}: a uri without uriBaseId is absolute`);
    }
    if (isObj(pl)) region(pl.region, `${at}.region`);
  };

  /** A fix (3.55): artifactChanges (one or more, distinct artifacts), each with an artifactLocation and one or more replacements with a deletedRegion. */
  const fixViolations = (fix: unknown, at: string, baseIds: Set<string>) => {
    if (!isObj(fix)) return need(false, `${at} must be an object`);
    if (fix.description !== undefined) message(fix.description, `${at}.description`);
    const changes = fix.artifactChanges;
    if (!Array.isArray(changes) || changes.length === 0) return need(false, `${at}.artifactChanges has one or more items`);
    const artifacts = changes.map((c: any) => `${c?.artifactLocation?.uriBaseId ?? ''} ${c?.artifactLocation?.uri}`);
    need(new Set(artifacts).size === artifacts.length, `${at}.artifactChanges refer to distinct artifacts`);
    changes.forEach((change: any, ci: number) => {
      const cat = `${at}.artifactChanges[${ci}]`;
      if (!isObj(change) || !isObj(change.artifactLocation)) return need(false, `${cat}.artifactLocation is required`);
      location({ physicalLocation: { artifactLocation: change.artifactLocation } }, cat, baseIds);
      const reps = change.replacements;
      if (!Array.isArray(reps) || reps.length === 0) return need(false, `${cat}.replacements has one or more items`);
      reps.forEach((rep: any, ri: number) => {
        const pat = `${cat}.replacements[${ri}]`;
        if (!isObj(rep) || !isObj(rep.deletedRegion)) return need(false, `${pat}.deletedRegion is required`);
        region(rep.deletedRegion, `${pat}.deletedRegion`);
        if (rep.insertedContent !== undefined) need(isObj(rep.insertedContent) && typeof rep.insertedContent.text === 'string', `${pat}.insertedContent.text is a string`);
      });
    });
  };

  if (!isObj(log)) return ['log must be an object'];
  const allowedTop = new Set(['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties']);
  for (const k of Object.keys(log)) need(allowedTop.has(k), `unexpected top-level property ${k}`);
  need(log.version === '2.1.0', 'version is "2.1.0"');
  if (log.$schema !== undefined) need(typeof log.$schema === 'string' && /^https?:\/\//.test(log.$schema), '$schema is a URI');
  if (!Array.isArray(log.runs)) return [...out, 'runs must be an array'];
  log.runs.forEach((run: unknown, ri: number) => {
    const at = `runs[${ri}]`;
    if (!isObj(run)) return need(false, `${at} must be an object`);
    need(isObj(run.tool) && isObj(run.tool.driver), `${at}.tool.driver is required`);
    const driver = run.tool?.driver ?? {};
    need(typeof driver.name === 'string' && driver.name.length > 0, `${at}.tool.driver.name is required`);
    const rules: any[] = driver.rules ?? [];
    need(Array.isArray(rules), `${at}.tool.driver.rules is an array`);
    need(new Set(rules.map((x) => x?.id)).size === rules.length, `${at}: rule ids are unique`);
    rules.forEach((rule, i) => {
      const rat = `${at}.rules[${i}]`;
      need(isObj(rule) && typeof rule.id === 'string', `${rat}.id is required`);
      for (const key of ['shortDescription', 'fullDescription', 'help']) if (rule[key] !== undefined) need(typeof rule[key].text === 'string', `${rat}.${key}.text`);
      if (rule.helpUri !== undefined) need(/^[a-z][a-z0-9+.-]*:/i.test(rule.helpUri), `${rat}.helpUri is an absolute URI`);
      if (rule.defaultConfiguration !== undefined) need(levels.includes(rule.defaultConfiguration.level), `${rat}.defaultConfiguration.level`);
    });
    const baseIds = new Set(Object.keys(run.originalUriBaseIds ?? {}));
    for (const [id, loc] of Object.entries<any>(run.originalUriBaseIds ?? {})) {
      need(typeof loc.uri === 'string' && /^file:\/\/.*\/$/.test(loc.uri), `${at}.originalUriBaseIds.${id}.uri is an absolute URI ending in /`);
    }
    if (run.columnKind !== undefined) need(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind), `${at}.columnKind`);
    if (run.newlineSequences !== undefined) {
      const seqs = run.newlineSequences;
      need(Array.isArray(seqs) && seqs.length > 0 && seqs.every((x: unknown) => typeof x === 'string' && x.length > 0), `${at}.newlineSequences are strings`);
      need(Array.isArray(seqs) && new Set(seqs).size === seqs.length, `${at}.newlineSequences are unique`);
    }
    (run.invocations ?? []).forEach((inv: any, ii: number) => {
      need(typeof inv.executionSuccessful === 'boolean', `${at}.invocations[${ii}].executionSuccessful is required`);
      (inv.toolExecutionNotifications ?? []).forEach((n: any, ni: number) => {
        const nat = `${at}.invocations[${ii}].toolExecutionNotifications[${ni}]`;
        message(n.message, nat);
        if (n.level !== undefined) need(levels.includes(n.level), `${nat}.level`);
        (n.locations ?? []).forEach((l: unknown, li: number) => location(l, `${nat}.locations[${li}]`, baseIds));
      });
    });
    need(run.results === undefined || Array.isArray(run.results), `${at}.results is an array`);
    (run.results ?? []).forEach((res: any, i: number) => {
      const rat = `${at}.results[${i}]`;
      message(res.message, rat);
      need(res.ruleId === undefined || typeof res.ruleId === 'string', `${rat}.ruleId is a string`);
      if (res.ruleIndex !== undefined) {
        need(isInt(res.ruleIndex, -1), `${rat}.ruleIndex is an integer`);
        need(rules[res.ruleIndex]?.id === res.ruleId, `${rat}.ruleIndex points at its rule`);
      }
      if (res.level !== undefined) need(levels.includes(res.level), `${rat}.level`);
      (res.locations ?? []).forEach((l: unknown, li: number) => location(l, `${rat}.locations[${li}]`, baseIds));
      const related = res.relatedLocations ?? [];
      related.forEach((l: unknown, li: number) => location(l, `${rat}.relatedLocations[${li}]`, baseIds));
      need(new Set(related.map((l: any) => l.id)).size === related.length, `${rat}.relatedLocations ids are unique`);
      need(res.fixes === undefined || Array.isArray(res.fixes), `${rat}.fixes is an array`);
      (res.fixes ?? []).forEach((fix: any, fi: number) => fixViolations(fix, `${rat}.fixes[${fi}]`, baseIds));
    });
  });
  return out;
}

describe('cli: sarif format', () => {
  const log = JSON.parse(formatSarif(run, cwd, '1.2.3'));

  it('meets the SARIF 2.1.0 required properties', () => {
    assert.deepEqual(sarifViolations(log), []);
  });

  it('the structural check catches a broken log', () => {
    const broken = JSON.parse(JSON.stringify(log));
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[0].ruleIndex = 5;
    assert.equal(sarifViolations(broken).length, 3);
  });

  it('describes the tool and every diagnostic code as a rule', () => {
    assert.equal(log.$schema, 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'policy-lens');
    assert.equal(driver.version, '1.2.3');
    assert.deepEqual(driver.rules.map((x: any) => x.id), diagnosticCodes.map((c) => c.code));
    const pl003 = driver.rules.find((x: any) => x.id === 'PL003');
    assert.equal(pl003.name, 'ReferenceThatNoMarkerCites');
    assert.equal(pl003.shortDescription.text, 'reference that no marker cites');
    assert.equal(pl003.defaultConfiguration.level, 'note');
    assert.equal(driver.rules.find((x: any) => x.id === 'PL001').defaultConfiguration.level, 'warning');
  });

  it('writes results with level, relative forward-slash uri and 1-based region', () => {
    const results = log.runs[0].results;
    assert.equal(results.length, 5);
    assert.deepEqual(results[0], {
      ruleId: 'PL001',
      ruleIndex: 0,
      level: 'warning',
      message: { text: 'Quotation without a source. Add a citation.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'drafts/brief.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 40 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 0,
          message: { text: 'unresolved marker [9]' },
          physicalLocation: {
            artifactLocation: { uri: 'drafts/brief.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 14 },
          },
        },
      ],
      fixes: [
        {
          description: { text: 'Cite [1] Project Glasswing' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'drafts/brief.md', uriBaseId: '%SRCROOT%' },
              replacements: [{ deletedRegion: { startLine: 2, startColumn: 40, endLine: 2, endColumn: 40 }, insertedContent: { text: '[1]' } }],
            },
          ],
          properties: { isPreferred: true },
        },
      ],
    });
    assert.deepEqual(results.map((x: any) => x.level), ['warning', 'warning', 'note', 'note', 'warning']);
    assert.equal(results[4].locations[0].physicalLocation.artifactLocation.uri, 'drafts/with%20space.md');
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'), true);
    assert.deepEqual(log.runs[0].invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('declares the line breaks it counts, and puts an insertion at the end of the text on the last line', () => {
    assert.deepEqual(log.runs[0].newlineSequences, ['\r\n', '\n', '\r']);
    // The text ends with a line break: SARIF has no line 7, and the end of the text is one column past line 6's break.
    const pl002 = log.runs[0].results[1];
    assert.equal(pl002.ruleId, 'PL002');
    assert.deepEqual(pl002.fixes, [
      {
        description: { text: 'Add a footnote definition for [9]' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'drafts/brief.md', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 6, startColumn: 62, endLine: 6, endColumn: 62 }, insertedContent: { text: '\n[9]: TODO: source\n' } }],
          },
        ],
      },
    ]);
  });

  it('the structural check catches a broken fix', () => {
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].fixes[0].artifactChanges[0].replacements[0].deletedRegion.startLine = 0;
    delete broken.runs[0].results[1].fixes[0].artifactChanges[0].artifactLocation;
    broken.runs[0].results[4].fixes = [{ description: { text: 'x' }, artifactChanges: [] }];
    assert.equal(sarifViolations(broken).length, 3);
  });

  it('reports files that could not be checked as notifications, and paths outside cwd as file URIs', () => {
    const troubled: CheckRun = {
      files: [{ path: '../elsewhere/x.md', absolutePath: path.resolve(cwd, '../elsewhere/x.md'), text, analysis: { ...analysis, findings: [analysis.findings[0]] } }],
      notices: [inputNotice('missing.md', 'no such file or directory')],
    };
    const s = sarifLog(troubled, cwd, '0.0.0');
    assert.deepEqual(sarifViolations(s), []);
    assert.match(s.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/.*\/elsewhere\/x\.md$/);
    assert.equal(s.runs[0].invocations[0].executionSuccessful, false);
    assert.deepEqual(s.runs[0].invocations[0].toolExecutionNotifications, [
      { level: 'error', message: { text: 'no such file or directory' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'missing.md', uriBaseId: '%SRCROOT%' } } }] },
    ]);
  });
});

describe('cli: exit status policy', () => {
  it('fails at or above the --fail-on level', () => {
    assert.equal(failsAt('warning', 'warning'), true);
    assert.equal(failsAt('error', 'warning'), true);
    assert.equal(failsAt('information', 'warning'), false);
    assert.equal(failsAt('hint', 'hint'), true);
    assert.equal(failsAt('error', 'none'), false);
  });

  it('is 0 when clean, 1 with failing findings, 2 when input could not be checked', () => {
    assert.equal(exitCodeOf(clean, 'hint'), 0);
    assert.equal(exitCodeOf(run, 'warning'), 1);
    assert.equal(exitCodeOf(run, 'error'), 0);
    assert.equal(exitCodeOf(run, 'none'), 0);
    const onlyHints: CheckRun = { files: [{ ...run.files[0], analysis: { ...analysis, findings: [analysis.findings[2]] } }], notices: [] };
    assert.equal(exitCodeOf(onlyHints, 'warning'), 0);
    assert.equal(exitCodeOf(onlyHints, 'information'), 0);
    assert.equal(exitCodeOf(onlyHints, 'hint'), 1);
    assert.equal(exitCodeOf({ ...clean, notices: [inputNotice('x.md', 'binary file, not checked')] }, 'warning'), 2);
    assert.equal(exitCodeOf({ ...run, notices: [inputNotice('x.md', 'binary file, not checked')] }, 'warning'), 2);
  });
});
