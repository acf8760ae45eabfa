import * as vscode from 'vscode';

/** The extension's log (Output › Policy Lens), and guards so nothing throws into VS Code. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Policy Lens', { log: true });

  info(message: string): void {
    this.channel.info(message);
  }

  error(what: string, error: unknown): void {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    this.channel.error(`${what}: ${text}`);
  }

  /** Run `body`; on an exception (or a rejected promise) log it and return `fallback`. */
  async guard<T>(what: string, fallback: T, body: () => T | Thenable<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      this.error(what, error);
      return fallback;
    }
  }

  guardSync<T>(what: string, fallback: T, body: () => T): T {
    try {
      return body();
    } catch (error) {
      this.error(what, error);
      return fallback;
    }
  }

  dispose(): void {
    this.channel.dispose();
  }
}
