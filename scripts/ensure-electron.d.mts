// Types for ensure-electron.mjs (plain Node, so it runs before anything is built), for its test.

export interface InstallTarget {
  platform: string;
  arch: string;
}

/** What running install.js came to: exit status, and what the child wrapper reported on fd 3. */
export interface InstallerResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stack?: string;
  network?: { url: string; code?: string; message?: string };
  stdout?: string;
  stderr?: string;
}

type Env = Record<string, string | undefined>;

export function installTarget(env?: Env): InstallTarget;
export function isElectronInstalled(electronDir: string, env?: Env): boolean;
export function failureReason(result: InstallerResult): string;
export function failureMessage(details: { version: string; target: InstallTarget; result: InstallerResult }): string;
export function ensureElectron(deps: {
  electronDir: string;
  runInstaller: (electronDir: string) => Promise<InstallerResult>;
  write: (text: string) => void;
  writeError: (text: string) => void;
  env?: Env;
}): Promise<number>;
export function runInstaller(electronDir: string, options?: { output?: 'inherit' | 'pipe'; env?: Env }): Promise<InstallerResult>;
