// Lists the files under a folder in a fixed order (names sorted by code unit at every level), so two
// runs over the same folder read the same files in the same order whatever the file system returns.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { fsReason } from '../read-bytes.js';

export type WalkEntry =
  | { readonly file: string; readonly size: number }
  | { readonly error: InputError };

/**
 * Files under `dir`, depth first. Hidden entries (.git, .DS_Store) and node_modules are skipped;
 * a symbolic link to a file is followed, one to a folder is not (it could loop back). Only one
 * folder's listing is held at a time per level, so a huge tree costs no more memory than its depth.
 */
export async function* walkFolder(dir: string): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { error: new InputError('E_FILE_UNREADABLE', fsReason(err), { file: dir }) };
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walkFolder(path);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      try {
        const s = await stat(path);
        if (s.isFile()) yield { file: path, size: s.size };
      } catch (err) {
        yield { error: new InputError('E_FILE_UNREADABLE', fsReason(err), { file: path }) };
      }
    }
    // Sockets, FIFOs and devices are not articles; reading a FIFO would block forever.
  }
}

/** Total bytes of the files the inputs name, for a progress bar; a path that fails counts 0 here. */
export async function totalSize(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    try {
      const s = await stat(path);
      if (s.isFile()) { total += s.size; continue; }
      if (!s.isDirectory()) continue;
    } catch {
      continue;
    }
    for await (const entry of walkFolder(path)) if ('file' in entry) total += entry.size;
  }
  return total;
}
