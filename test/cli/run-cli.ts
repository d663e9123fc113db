// Runs the built CLI as a child process and collects what it printed, for the CLI tests.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string | Uint8Array; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // No TTY and no debug, whatever the developer's shell has: the tests pin plain output.
    const env = { ...process.env, CROSSCHECK_DEBUG: '', COLUMNS: '120', ...options.env };
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
}

/** No output a user sees may carry a stack trace unless CROSSCHECK_DEBUG=1. */
export const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$/m;
