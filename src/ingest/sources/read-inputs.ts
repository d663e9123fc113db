// Any input path → a stream of articles and errors: text and Markdown files, HTML pages, RSS/Atom
// feeds, JSONL batches and folders of them. Streams: one file (or one JSONL line) in memory at a
// time; nothing here throws for bad content, every problem is an error item naming its origin.
import { open, readFile as readWholeFile, stat } from 'node:fs/promises';
import { InputError, formatPlace, type Place } from '../../errors.js';
import { decodeText } from '../decode-text.js';
import { fsReason } from '../read-bytes.js';
import { readFeed } from './feed-file.js';
import { readHtml } from './html-page.js';
import { kindOf, SNIFF_BYTES, type InputKind } from './input-kind.js';
import type { InputItem, ReadOptions } from './input-item.js';
import { readJsonl } from './jsonl-file.js';
import { decodeMarkup } from './decode-markup.js';
import { readText } from './text-file.js';
import { walkFolder } from './walk-folder.js';

export type { InputItem, ReadOptions } from './input-item.js';

/** One article per file is read whole; past this size a file is not an article (a dump, a video). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const path of paths) {
    let isDirectory: boolean;
    let isFile: boolean;
    let size: number;
    try {
      const s = await stat(path);
      isDirectory = s.isDirectory();
      isFile = s.isFile();
      size = s.size;
    } catch (err) {
      yield failed(new InputError('E_FILE_UNREADABLE', fsReason(err)), { file: path }, 0);
      continue;
    }
    if (!isDirectory) {
      // A FIFO or a device would block or never end: only regular files are articles.
      yield* isFile ? readFile(path, size, options) : [failed(new InputError('E_FILE_UNREADABLE', 'not a regular file or a folder'), { file: path }, 0)];
      continue;
    }
    let entries = 0;
    for await (const entry of walkFolder(path)) {
      entries++;
      if ('error' in entry) yield failed(entry.error, entry.error.place ?? { file: path }, 0);
      else yield* readFile(entry.file, entry.size, options);
    }
    // A folder with nothing to read is most likely the wrong folder: say so rather than succeed.
    if (entries === 0) yield failed(new InputError('E_FILE_EMPTY', 'no files in the folder (hidden files and node_modules are skipped)'), { file: path }, 0);
  }
}

/** One file by its kind. */
export async function* readFile(file: string, size: number, options: ReadOptions): AsyncGenerator<InputItem> {
  const place: Place = { file };
  try {
    const head = await readHead(file);
    const kind = kindOf(file, head);
    if (kind === 'jsonl') {
      yield* readJsonl(file);
      return;
    }
    if (kind === 'binary') {
      yield failed(binaryError(head), place, size);
      return;
    }
    if (size > MAX_FILE_BYTES) {
      throw new InputError('E_FILE_TOO_LARGE', `${(size / 1024 / 1024).toFixed(0)} MB (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB; split it, or use JSONL)`);
    }
    const bytes = await readWhole(file);
    if (kind === 'feed') {
      const items = readFeed(decodeMarkup(bytes), options);
      // The file's bytes are shared out over its items, for the progress bar.
      let left = size;
      for (const [i, item] of items.entries()) {
        const share = i === items.length - 1 ? left : Math.floor(size / items.length);
        left -= share;
        const itemPlace: Place = { file, item: item.index };
        yield 'article' in item
          ? { kind: 'article', article: item.article, origin: formatPlace(itemPlace), bytes: share }
          : failed(item.error, itemPlace, share);
      }
      return;
    }
    yield { kind: 'article', article: readOne(kind, bytes, file, options), origin: file, bytes: size };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    // A JSONL file that fails mid-stream keeps the place its reader gave (the file).
    yield failed(err, err.place ?? place, size);
  }
}

function readOne(kind: Exclude<InputKind, 'jsonl' | 'binary' | 'feed'>, bytes: Uint8Array, file: string, options: ReadOptions) {
  return kind === 'html' ? readHtml(decodeMarkup(bytes), options) : readText(decodeText(bytes), file, options);
}

function failed(error: InputError, place: Place, bytes: number): InputItem {
  const placed = error.place ? error : error.at(place);
  return { kind: 'error', error: placed, origin: formatPlace(placed.place ?? place), bytes };
}

/** What decodeText says about the head's NUL byte (with the UTF-16 hint), else a generic reason. */
function binaryError(head: Uint8Array): InputError {
  try {
    decodeText(head);
  } catch (err) {
    if (err instanceof InputError && err.code === 'E_FILE_BINARY') return err;
  }
  return new InputError('E_FILE_BINARY', 'an image, a PDF or an archive?');
}

async function readHead(file: string): Promise<Uint8Array> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new InputError('E_FILE_UNREADABLE', fsReason(err));
  }
}

async function readWhole(file: string): Promise<Uint8Array> {
  try {
    return await readWholeFile(file);
  } catch (err) {
    throw new InputError('E_FILE_UNREADABLE', fsReason(err));
  }
}
