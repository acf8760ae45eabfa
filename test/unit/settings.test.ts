import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveSettings, settingDefs, settingSections } from '../../src/core/settings';
import { configurationContribution } from '../../src/vscode/configurationContribution';

const repo = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));

describe('settings contribution', () => {
  it('package.json contributes.configuration matches src/core/settings.ts (run npm run generate:settings)', () => {
    assert.deepEqual(manifest.contributes?.configuration, configurationContribution());
  });

  it('has one titled, ordered section per settings section', () => {
    const sections = configurationContribution();
    assert.deepEqual(
      sections.map((s) => s.order),
      Object.values(settingSections).map((s) => s.order).sort((a, b) => a - b),
    );
    for (const s of sections) assert.match(s.title, /^Policy Lens: /);
  });

  it('contributes every setting as policyLens.<key>, with its default, a description and a type', () => {
    const properties = Object.assign({}, ...configurationContribution().map((s) => s.properties));
    const defaults = resolveSettings({});
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(settingDefs).map((k) => `policyLens.${k}`).sort());
    for (const [key, value] of Object.entries(defaults)) {
      const p = properties[`policyLens.${key}`];
      assert.deepEqual(p.default, value, key);
      assert.ok(typeof p.description === 'string' && p.description.length > 10, key);
      assert.ok(p.type, key);
      assert.equal(p.$schema, undefined);
    }
    assert.deepEqual(properties['policyLens.severity.PL001'].enum, ['error', 'warning', 'information', 'hint', 'off']);
  });

  it('restricts the fact base paths in untrusted workspaces', () => {
    assert.deepEqual(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations, ['policyLens.factBase.paths']);
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
  });

  it('contributes the theme colours the decorations use, for every theme kind', () => {
    const colors = manifest.contributes?.colors ?? [];
    const ids = colors.map((c: { id: string }) => c.id);
    for (const id of ['policyLens.entityForeground', 'policyLens.claimBackground', 'policyLens.citationForeground', 'policyLens.unresolvedCitationForeground']) {
      assert.ok(ids.includes(id), id);
    }
    for (const c of colors) {
      assert.deepEqual(Object.keys(c.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], c.id);
    }
    const source = fs.readFileSync(path.join(repo, 'src/vscode/decorationsManager.ts'), 'utf8');
    for (const [, id] of source.matchAll(/ThemeColor\('([^']+)'\)/g)) assert.ok(ids.includes(id), `${id} is used but not contributed`);
  });

  it('contributes every command the extension registers', () => {
    const contributed = (manifest.contributes?.commands ?? []).map((c: { command: string }) => c.command).sort();
    const source = fs.readFileSync(path.join(repo, 'src/vscode/commands.ts'), 'utf8');
    const registered = [...source.matchAll(/'(policyLens\.[A-Za-z.]+)':/g)].map((m) => m[1]).sort();
    assert.deepEqual(contributed, registered);
  });
});
