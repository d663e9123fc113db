// Turns the bytes of an article into its text, refusing what is not UTF-8 text: binary files,
// invalid UTF-8, and files with nothing in them. Claim offsets index this decoded text.
import { InputError } from '../errors.js';
import { firstInvalidUtf8, lineOfOffset } from './utf8-locate.js';

const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Decodes UTF-8 bytes (a leading BOM dropped, line endings untouched). Throws InputError without
 * a place; the caller knows the file and attaches it.
 */
export function decodeText(bytes: Uint8Array): string {
  const body = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? bytes.subarray(3) : bytes;

  // UTF-16 puts a NUL in every ASCII character: say so, since that is the usual cause.
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new InputError('E_FILE_BINARY', utf16
      ? 'it is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)'
      : `NUL byte at ${where(body, nul)}`);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const byte = body[bad]?.toString(16).padStart(2, '0') ?? '??';
    throw new InputError('E_UTF8_INVALID', `byte 0x${byte} at ${where(body, Math.max(bad, 0))} (Latin-1 or Windows-1252? convert it to UTF-8)`);
  }

  if (text.trim() === '') {
    throw new InputError('E_FILE_EMPTY', body.length === 0 ? 'file is empty' : 'file holds only whitespace');
  }
  return text;
}

function where(bytes: Uint8Array, offset: number): string {
  const { line, column } = lineOfOffset(bytes, offset);
  return `line ${line}, byte ${column}`;
}
