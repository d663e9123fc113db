// Streams a JSONL file as lines of bytes with their line numbers, never holding more than one
// line and one chunk. Split on bytes, not with readline: readline decodes with replacement
// characters, which would hide invalid UTF-8 instead of letting us name the line.
import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { fsReason } from './read-bytes.js';

export interface ByteLine {
  /** 1-based. */
  readonly line: number;
  /** The line without its '\n' (a trailing '\r' is dropped too); empty when `oversize`. */
  readonly bytes: Buffer;
  /** Bytes the line took in the file, newline included: progress is measured in these. */
  readonly size: number;
  /** True when the line was longer than the reader's limit: its bytes were dropped unread. */
  readonly oversize?: boolean;
}

/**
 * One JSONL line is one article: past this many bytes it cannot be one (5 MB of text, escaped as
 * JSON, is at most 30 MB), and buffering it whole could exhaust memory on a file without newlines.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export async function* readLines(file: string, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<ByteLine> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  let pending: Buffer[] = [];
  let pendingSize = 0;
  // Set once the current line passed the limit: its bytes are counted, no longer kept.
  let oversize = false;
  let line = 0;
  const keep = (piece: Buffer) => {
    pendingSize += piece.length;
    if (pendingSize > maxLineBytes) { oversize = true; pending = []; }
    if (!oversize) pending.push(piece);
  };
  const take = (): ByteLine => {
    const out: ByteLine = oversize
      ? { line: ++line, bytes: Buffer.alloc(0), size: pendingSize, oversize: true }
      : { line: ++line, bytes: trimCr(pending.length === 1 ? pending[0]! : Buffer.concat(pending)), size: pendingSize };
    pending = [];
    pendingSize = 0;
    oversize = false;
    return out;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
        keep(chunk.subarray(from, nl + 1));
        const taken = take();
        // The newline counts in the size, not in the bytes.
        yield taken.oversize ? taken : { ...taken, bytes: taken.bytes.subarray(0, dropNewline(taken.bytes)) };
        from = nl + 1;
      }
      if (from < chunk.length) keep(chunk.subarray(from));
    }
  } catch (err) {
    throw new InputError('E_FILE_UNREADABLE', fsReason(err), { file });
  }
  if (pendingSize > 0) yield take();
}

/** The length of a line without its trailing '\n' and a '\r' before it. */
function dropNewline(bytes: Buffer): number {
  let end = bytes.length;
  if (end && bytes[end - 1] === 0x0a) end--;
  if (end && bytes[end - 1] === 0x0d) end--;
  return end;
}

function trimCr(bytes: Buffer): Buffer {
  return bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
}
