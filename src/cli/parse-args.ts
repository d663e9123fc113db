// node:util parseArgs with its errors turned into UsageError (exit 2) that point at --help,
// so a mistyped flag never surfaces as a Node stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<O extends Options> = { args: string[]; options: O; strict: true; allowPositionals: true };

export function parseCommandArgs<const O extends Options>(
  command: string, args: readonly string[], options: O,
): ReturnType<typeof parseArgs<Config<O>>> {
  try {
    return parseArgs<Config<O>>({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (err) {
    // Node suggests "--" for a value that looks like a flag; our values never need it.
    const message = err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err);
    throw new UsageError(`${message} (see: crosscheck ${command} --help)`);
  }
}

/** --jobs N: worker threads, or null for the default (threads by input size). */
export function parseJobs(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${value}"`);
  return n;
}
