// Words for a group: a label a reader understands ("casualties of North Korea") and the text a
// `--about` search is matched against.
import type { Group } from './build-groups.js';
import { packageCountries } from '../extract/place/package-data.js';

let names: Map<string, string> | null = null;
export function countryName(code: string): string {
  names ??= new Map(packageCountries().map((c) => [c.code, c.name]));
  return names.get(code) ?? code;
}

export function groupLabel(g: Group): string {
  const [family, who, ...rest] = g.key.split('|');
  const place = (part: string | undefined) => {
    if (!part) return '';
    const [kind, code] = part.split(':');
    if (code === '?') return '';
    return kind === 'of' ? `of ${countryName(code ?? '')}` : kind === 'in' ? `in ${countryName(code ?? '')}` : kind === 'on' ? `on ${code}` : part;
  };
  if (family === 'quantity') return `${rest[0] ?? 'things'} ${rest.slice(1).map(place).join(' ')}`.trim();
  return [family, place(who), ...rest.map(place)].filter((w) => w && !w.endsWith(' ?')).join(' ');
}

/** Everything a user might search a group by: label, countries, sentences, sources, outlets. */
export function groupText(g: Group): string {
  const parts = [groupLabel(g), ...g.origins];
  for (const e of g.entries) {
    const c = e.claim;
    parts.push(c.sentence, c.subject ?? '', c.counted ?? '', c.outlet ?? '');
    if (c.population.nationality) parts.push(countryName(c.population.nationality));
    if (c.population.theatre) parts.push(countryName(c.population.theatre));
  }
  return parts.join(' \n ').toLowerCase();
}
