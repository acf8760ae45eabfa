import * as vscode from 'vscode';
import { checkWorkspace, type CheckWorkspaceDeps } from './checkWorkspace';
import type { FactBaseManager } from './factBaseManager';
import { revealRange } from './ledgerProvider';

export interface CommandDeps extends CheckWorkspaceDeps {
  readonly factBases: FactBaseManager;
}

type CommandFactory = (deps: CommandDeps) => (...args: unknown[]) => unknown;

/** Every command of the extension, by id: small factories, registered in one place. */
const commands: Record<string, CommandFactory> = {
  'policyLens.checkWorkspace': (deps) => () => checkWorkspace(deps),
  'policyLens.reloadFactBases': (deps) => () => deps.factBases.reload(),
  'policyLens.revealRange': () => (uri, range) => revealRange(uri, range),
};

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return Object.entries(commands).map(([id, factory]) => {
    const run = factory(deps);
    return vscode.commands.registerCommand(id, (...args: unknown[]) =>
      deps.log.guard(`command ${id}`, undefined, () => run(...args)),
    );
  });
}
