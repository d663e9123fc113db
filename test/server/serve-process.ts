// `crosscheck serve` (the built bin) as a child process for the tests that need the real thing:
// its URL once it prints it, its stdout log and stderr, and its exit status.
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from '../cli/run-cli.js';
import { TOKEN } from './harness.js';

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly url: Promise<string>;
  readonly exit: Promise<number | null>;
  out(): string;
  err(): string;
}

const children: ChildProcess[] = [];

/** Kills what is still running (for afterAll). */
export function killServers(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

export function startServe(args: readonly string[], env: Record<string, string> = {}): ServeProcess {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    env: { ...process.env, CROSSCHECK_TOKEN: TOKEN, CROSSCHECK_DEBUG: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '', stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${stderr}`)), 20_000);
    child.stderr!.on('data', () => {
      const m = /serving (http:\/\/\S+)/.exec(stderr);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    child.on('exit', () => reject(new Error(`exited early:\n${stderr}`)));
  });
  // A test that never awaits the URL (it expects a usage error) must not see an unhandled rejection.
  url.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exit, out: () => stdout, err: () => stderr };
}
