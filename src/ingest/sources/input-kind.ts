// Decides how to read a file: by its extension, then by its first bytes, so a feed saved as .xml,
// a page saved without an extension, or an HTML page misnamed .xml each reach the right reader.
import { extname } from 'node:path';

export type InputKind = 'text' | 'html' | 'feed' | 'jsonl' | 'binary';

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** How many leading bytes `kindOf` needs to see. */
export const SNIFF_BYTES = 4096;

/**
 * The reader for a file. Markup is sniffed whatever the extension says (a page saved as .xml is a
 * page); NUL bytes mean binary (images, PDFs, archives) unless the extension promises text, whose
 * reader then gives the more precise UTF-16 or NUL message. Anything else is read as plain text.
 */
export function kindOf(file: string, head: Uint8Array): InputKind {
  const byExtension = BY_EXTENSION[extname(file).toLowerCase()];
  if (byExtension === 'jsonl') return 'jsonl';
  const markup = sniffMarkup(head);
  if (markup && byExtension !== 'text') return markup;
  if (byExtension) return byExtension;
  return head.includes(0) ? 'binary' : 'text';
}

function sniffMarkup(head: Uint8Array): 'html' | 'feed' | null {
  // Latin-1 keeps one character per byte, so it never fails on a head cut mid-character.
  const text = Buffer.from(head).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  // Skip the XML declaration, comments, processing instructions and the doctype to the first element.
  const start = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*<([a-zA-Z][\w:.-]*)/i.exec(text);
  if (start) {
    const root = start[1]!.toLowerCase();
    if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
    if (root === 'html' || root === 'head' || root === 'body') return 'html';
  }
  if (/^\s*<!doctype html/i.test(text)) return 'html';
  return null;
}
