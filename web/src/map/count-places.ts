// Claims per country: every stored claim read through GET /claims a page at a time, up to a cap
// so a store of millions does not freeze the tab (the view says when it stopped early).
import { fetchClaims } from '../api/client.js';

export interface PlaceCounts {
  readonly byCountry: ReadonlyMap<string, number>;
  readonly claims: number;
  readonly withPlace: number;
  /** True when the cap was reached before the last page. */
  readonly partial: boolean;
}

const PAGE = 500;
const MAX_PAGES = 40;

export async function countPlaces(signal: AbortSignal): Promise<PlaceCounts> {
  const byCountry = new Map<string, number>();
  let cursor: string | null = null, claims = 0, withPlace = 0, pages = 0;
  do {
    const page = await fetchClaims({}, cursor, PAGE, signal);
    for (const c of page.claims) {
      claims++;
      const country = c.place?.country;
      if (!country) continue;
      withPlace++;
      byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    }
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < MAX_PAGES);
  return { byCountry, claims, withPlace, partial: cursor !== null };
}
