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
