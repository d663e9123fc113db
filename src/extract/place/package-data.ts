// Countries and first-level regions from country-state-city, read straight from its JSON assets:
// its index also loads 8 MB of cities we do not use, and its ESM build does not resolve under Node.
import { createRequire } from 'node:module';

export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly name: string;
}

export interface RegionRecord {
  /** ISO 3166-1 alpha-2 of the country the region belongs to. */
  readonly country: string;
  /** ISO 3166-2 subdivision code without the country prefix ('KRS'). */
  readonly code: string;
  readonly name: string;
}

interface RawCountry { readonly name: string; readonly isoCode: string }
interface RawState { readonly name: string; readonly isoCode: string; readonly countryCode: string }

const require = createRequire(import.meta.url);

export function packageCountries(): CountryRecord[] {
  const raw = require('country-state-city/lib/assets/country.json') as readonly RawCountry[];
  return raw.map((c) => ({ code: c.isoCode, name: c.name }));
}

export function packageRegions(): RegionRecord[] {
  const raw = require('country-state-city/lib/assets/state.json') as readonly RawState[];
  return raw.map((s) => {
    // A few codes carry another country's prefix (Sevastopol: RU, 'UA-40'); ISO 3166-2 follows the prefix.
    const prefixed = /^([A-Z]{2})-(.+)$/.exec(s.isoCode);
    return prefixed
      ? { country: prefixed[1]!, code: prefixed[2]!, name: s.name }
      : { country: s.countryCode, code: s.isoCode, name: s.name };
  });
}
