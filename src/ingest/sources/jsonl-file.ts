// A JSONL batch as input items: the streaming reader of src/ingest, one item per record, a bad
// line an error item at FILE:LINE. Blank lines are not records.
import { InputError } from '../../errors.js';
import { readLines } from '../jsonl-lines.js';
import { parseLine } from '../jsonl-record.js';
import type { InputItem } from './input-item.js';

export async function* readJsonl(file: string): AsyncGenerator<InputItem> {
  // Blank lines carry their bytes to the next record, so progress still adds up to the file size.
  let carried = 0;
  let records = 0;
  for await (const read of readLines(file)) {
    const { line, bytes, size } = read;
    if (!read.oversize && bytes.every((b) => b === 0x20 || b === 0x09)) { carried += size; continue; }
    const origin = `${file}:${line}`;
    const share = carried + size;
    carried = 0;
    records++;
    try {
      yield { kind: 'article', article: parseLine(read, { file, line }), origin, bytes: share };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield { kind: 'error', error: err, origin, bytes: share };
    }
  }
  if (records === 0) {
    const error = new InputError('E_FILE_EMPTY', carried ? 'no articles in the file (only blank lines)' : 'file is empty', { file });
    yield { kind: 'error', error, origin: file, bytes: carried };
  }
}
