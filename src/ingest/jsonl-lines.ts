// Streams a JSONL file as lines of bytes with their line numbers, never holding more than one
// line and one chunk. Split on bytes, not with readline: readline decodes with replacement
// characters, which would hide invalid UTF-8 instead of letting us name the line.
import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { fsReason } from './read-bytes.js';

export interface ByteLine {
  /** 1-based. */
  readonly line: number;
  /** The line without its '\n' (a trailing '\r' is dropped too). */
  readonly bytes: Buffer;
  /** Bytes the line took in the file, newline included: progress is measured in these. */
  readonly size: number;
}

export async function* readLines(file: string): AsyncGenerator<ByteLine> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let line = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
        const piece = chunk.subarray(from, nl);
        const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
        yield { line: ++line, bytes: trimCr(bytes), size: pendingSize + piece.length + 1 };
        pending = [];
        pendingSize = 0;
        from = nl + 1;
      }
      if (from < chunk.length) {
        pending.push(chunk.subarray(from));
        pendingSize += chunk.length - from;
      }
    }
  } catch (err) {
    throw new InputError('E_FILE_UNREADABLE', fsReason(err), { file });
  }
  if (pendingSize > 0) yield { line: ++line, bytes: trimCr(Buffer.concat(pending)), size: pendingSize };
}

function trimCr(bytes: Buffer): Buffer {
  return bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
}
