// Reads a whole input (a file path, or '-' for stdin) as bytes, turning the file system's
// errors into E_FILE_UNREADABLE with a reason a user can act on.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

export async function readBytes(file: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (err) {
    throw new InputError('E_FILE_UNREADABLE', fsReason(err), { file });
  }
}

/** A short reason for a failed open or read; the errno code is what users search for. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file (ENOENT)';
    case 'EISDIR': return 'is a directory, not a file (EISDIR)';
    // mkdir -p over a file, or a path through one.
    case 'EEXIST': case 'ENOTDIR': return `a file is in the way of a directory (${code})`;
    case 'EACCES': case 'EPERM': return `permission denied (${code})`;
    default: return err instanceof Error ? err.message : String(err);
  }
}
