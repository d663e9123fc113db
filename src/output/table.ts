// The readable form of a claims document: one row per claim with the figure, who says it, when,
// where, and the sentence it came from, cut to the terminal width. Plain text unless `color`.
import type { Claim, ClaimsDoc } from '../types.js';
import { formatFigure } from './format-figure.js';

export interface TableOptions {
  /** Total line width; the sentence column takes what the others leave. */
  readonly width: number;
  readonly color: boolean;
}

interface Column {
  readonly header: string;
  /** Widest a cell may be before it is cut with '…': keeps one long name from eating the line. */
  readonly max: number;
  readonly cell: (claim: Claim) => string;
}

const FIGURE: Column = { header: 'figure', max: 24, cell: (c) => formatFigure(c.value) };
const MEASURE: Column = { header: 'measure', max: 10, cell: (c) => c.measure };
const WHO: Column = { header: 'who says it', max: 36, cell: (c) => whoSays(c) };
const WHEN: Column = { header: 'when', max: 22, cell: (c) => (c.time ? when(c.time.start, c.time.end) : '—') };
const WHERE: Column = { header: 'where', max: 24, cell: (c) => (c.place ? `${c.place.text}, ${c.place.country}` : '—') };
const HEDGE: Column = { header: 'hedge', max: 5, cell: (c) => (c.hedged ? 'yes' : '') };

const WIDE: readonly Column[] = [FIGURE, MEASURE, WHO, WHEN, WHERE, HEDGE];
// On a narrow terminal "who says it" moves to the second line with the sentence: cutting the
// source would lose what crosscheck is for.
const NARROW: readonly Column[] = [FIGURE, MEASURE, WHEN, WHERE, HEDGE];
const GAP = '  ';
/** A sentence column narrower than this is unreadable: switch to the narrow layout. */
const MIN_SENTENCE = 40;
const INDENT = '    ';
const MIN_WHERE = 12;

export function renderTable(doc: ClaimsDoc, text: string, options: TableOptions): string {
  const { article } = doc;
  const heading = [article.id, `published ${article.published}`, article.outlet].filter(Boolean).join(' · ');
  const lines = [heading];
  if (doc.claims.length > 0) {
    const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
    const sentences = doc.claims.map((claim) => oneLine(text.slice(claim.span.start, claim.span.end)));
    const wide = layout(WIDE, doc.claims);
    lines.push('');
    if (options.width - wide.used >= MIN_SENTENCE) {
      const sentenceWidth = options.width - wide.used;
      lines.push(bold(`${wide.row(WIDE.map((c) => c.header)).padEnd(wide.used)}sentence`));
      doc.claims.forEach((claim, i) => {
        lines.push(`${wide.row(WIDE.map((c) => oneLine(c.cell(claim)))).padEnd(wide.used)}${cut(sentences[i]!, sentenceWidth)}`.trimEnd());
      });
    } else {
      const narrow = layout(NARROW, doc.claims, options.width);
      const lineWidth = Math.max(MIN_SENTENCE, options.width - INDENT.length);
      lines.push(bold(narrow.row(NARROW.map((c) => c.header)).trimEnd()), bold(`${INDENT}who says it: sentence`));
      doc.claims.forEach((claim, i) => {
        lines.push(narrow.row(NARROW.map((c) => oneLine(c.cell(claim)))).trimEnd());
        lines.push(INDENT + cut(`${oneLine(WHO.cell(claim))}: ${sentences[i]!}`, lineWidth));
      });
    }
    lines.push('');
  }
  lines.push(summary(doc));
  return lines.join('\n') + '\n';
}

/** Column widths from the cells (capped), and a function that pads a row to them. */
function layout(columns: readonly Column[], claims: readonly Claim[], fitWidth?: number) {
  const widths = columns.map((col) => Math.min(col.max, Math.max(col.header.length, ...claims.map((c) => length(oneLine(col.cell(c)))))));
  const total = () => widths.reduce((sum, w) => sum + w + GAP.length, 0);
  // A place name still reads when cut; a figure or a date does not.
  const where = columns.indexOf(WHERE);
  if (fitWidth !== undefined && where >= 0 && total() > fitWidth) {
    widths[where] = Math.max(MIN_WHERE, widths[where]! - (total() - fitWidth));
  }
  return {
    used: total(),
    row: (cells: readonly string[]) => cells.map((cell, i) => fit(cell, widths[i]!)).join(GAP) + GAP,
  };
}

export function summary(doc: ClaimsDoc): string {
  const parts = [plural(doc.claims.length, 'claim'), plural(doc.attributions.length, 'attribution')];
  if (doc.messages.length) parts.push(plural(doc.messages.length, 'message'));
  return parts.join(', ');
}

// An empty source list means the outlet states the figure itself.
function whoSays(claim: Claim): string {
  const who = claim.sources.length ? claim.sources.map((s) => s.name).join(', ') : '(the outlet)';
  return claim.via.length ? `${who} (via ${claim.via.map((v) => v.name).join(', ')})` : who;
}

function when(start: string, end: string): string {
  return start === end ? start : `${start}..${end}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// Sentences keep the article's line breaks and runs of spaces; a table row cannot.
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Code points, not UTF-16 units, so a cut never splits a surrogate pair.
function length(s: string): number {
  return [...s].length;
}

function cut(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function fit(s: string, width: number): string {
  const c = cut(s, width);
  return c + ' '.repeat(Math.max(0, width - length(c)));
}
