// Stored articles without the NLP: each is an analysed pool article (generate-articles.mjs) with
// its own id, publication date (whole weeks back, claim times shifted alike), figures (digits
// swapped for others of the same length, so every offset stays true, claim values and attribution
// text updated) and a closing line; 2% of those lines mention North Korean units. Shared by
// bench/query.mjs and bench/groups-refresh.mjs to fill stores of 10k–100k articles quickly.

const DAY = 86_400_000;
const shiftDate = (iso, days) => (/^\d{4}-\d{2}-\d{2}$/.test(iso ?? '') ? new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10) : iso);
const CLOSINGS = [
  'Reporting by the {outlet} desk; ref. {id}.',
  'This report will be updated as figures come in (ref. {id}).',
  'Edited by the {outlet} night desk, ref. {id}.',
];
const NORTH_KOREAN = 'Officials declined to say whether North Korean units were among the casualties (ref. {id}).';

/** Stored article `i`: pool article i mod P (`{ article, doc }`) with its own id, date, figures and closing line. */
export function variantOf(pool, i, rand, prefix = 'q-') {
  const { article, doc } = pool[i % pool.length];
  const id = `${prefix}${String(i).padStart(6, '0')}`;
  const days = -7 * Math.floor(rand() * 104);
  let text = article.text;
  // Figures written in digits alone (one claim's exact value) become another number of as many
  // digits: every span and offset of the document stays true.
  const values = new Map();
  for (const span of new Set(doc.claims.map((c) => `${c.valueSpan.start}:${c.valueSpan.end}`))) {
    const [start, end] = span.split(':').map(Number);
    const digits = text.slice(start, end);
    if (!/^[1-9]\d*$/.test(digits)) continue;
    const lo = 10 ** (digits.length - 1), value = lo + Math.floor(rand() * (9 * lo));
    values.set(span, { old: Number(digits), value });
    text = text.slice(0, start) + String(value) + text.slice(end);
  }
  const claims = doc.claims.map((c) => {
    const swap = values.get(`${c.valueSpan.start}:${c.valueSpan.end}`);
    const value = swap && c.value.low === swap.old && c.value.high === swap.old ? { ...c.value, low: swap.value, high: swap.value } : c.value;
    const time = c.time ? { ...c.time, start: shiftDate(c.time.start, days), end: shiftDate(c.time.end, days) } : c.time;
    return { ...c, value, time };
  });
  const attributions = doc.attributions.map((a) => ({ ...a, content: { ...a.content, text: text.slice(a.content.start, a.content.end) } }));
  const closing = (rand() < 0.02 ? NORTH_KOREAN : CLOSINGS[i % CLOSINGS.length]).replace('{id}', id).replace('{outlet}', article.outlet);
  text = `${text.trimEnd()}\n\n${closing}`;
  const published = shiftDate(article.published, days);
  const title = text.split('\n', 1)[0] || null;
  const outlet = article.outlet;
  return {
    article: { id, text, published, outlet, url: null, title },
    doc: { ...doc, article: { ...doc.article, id, published, outlet, title }, claims, attributions },
  };
}
