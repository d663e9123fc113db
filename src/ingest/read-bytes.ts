// Reads a whole input (a file path, or '-' for stdin) as bytes, turning the file system's
// errors into E_FILE_UNREADABLE with a reason a user can act on.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

/**
 * The bytes of FILE or stdin. Past `maxBytes` it stops reading and throws E_FILE_TOO_LARGE, so a
 * multi-gigabyte file or an endless pipe never sits in memory.
 */
export async function readBytes(file: string, stdin: NodeJS.ReadableStream = process.stdin, maxBytes = Infinity): Promise<Uint8Array> {
  const tooLarge = (size: string) => new InputError('E_FILE_TOO_LARGE', `${size} (the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB of text per article; split it, or raise CROSSCHECK_MAX_ARTICLE_BYTES)`, { file });
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer;
      size += buffer.length;
      if (size > maxBytes) throw tooLarge('more than that on stdin');
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    throw new InputError('E_FILE_UNREADABLE', fsReason(err), { file });
  }
  if (size > maxBytes) throw tooLarge(`${(size / 1024 / 1024).toFixed(1)} MB`);
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
