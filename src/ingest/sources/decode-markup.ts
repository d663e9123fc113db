// Decodes an HTML page or an XML feed by the charset it declares: older pages and feeds are still
// served as windows-1252 or ISO-8859-1, and refusing them as "not UTF-8" would help nobody.
import { InputError } from '../../errors.js';
import { decodeText } from '../decode-text.js';

const DECLARED = [
  /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i,
  /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i,
];

export function decodeMarkup(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const charset = DECLARED.map((re) => re.exec(head)?.[1]).find((c) => c !== undefined)?.toLowerCase();
  // A byte-order mark outranks a declaration (WHATWG): a UTF-8 BOM means UTF-8.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom || charset === undefined || charset === 'utf-8' || charset === 'utf8' || charset.startsWith('utf-16')) {
    // A page declaring UTF-16 but read as bytes here is almost always mislabelled UTF-8.
    return decodeText(bytes);
  }
  let text: string;
  try {
    text = WINDOWS_1252_LABELS.has(charset) ? decodeWindows1252(bytes) : new TextDecoder(charset).decode(bytes);
  } catch {
    throw new InputError('E_UTF8_INVALID', `it declares charset "${charset}", which is not known; convert it to UTF-8`);
  }
  if (text.trim() === '') throw new InputError('E_FILE_EMPTY', 'file holds only whitespace');
  return text;
}

// WHATWG: every one of these labels means windows-1252. Node 20's TextDecoder decodes 0x80–0x9F as
// ISO-8859-1 control characters instead, losing curly quotes and dashes, hence our own table.
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'cp819', 'ibm819',
]);
// 0x80–0x9F; the five undefined bytes keep their code points, as WHATWG says.
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? C1[b - 0x80]! : String.fromCharCode(b))).join('');
  }
  return text;
}
