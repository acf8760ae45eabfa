import * as vscode from 'vscode';
import { resolveSettings, settingDefs, type Settings } from '../core/settings';

/** `policyLens.*` settings, read through the core's typed table (invalid values take defaults). */

export const configSection = 'policyLens';

/** The raw values of every `policyLens.*` setting for a resource, keyed relative to `policyLens.`. */
export function readRawSettings(scope?: vscode.ConfigurationScope): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(configSection, scope ?? null);
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(settingDefs)) raw[key] = config.get(key);
  return raw;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  return resolveSettings(readRawSettings(scope));
}

export function affectsPolicyLens(e: vscode.ConfigurationChangeEvent, key?: string): boolean {
  return e.affectsConfiguration(key ? `${configSection}.${key}` : configSection);
}
