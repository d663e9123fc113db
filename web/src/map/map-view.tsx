// Map: countries shaded by how many stored claims are placed in them, with the same counts as a
// table (readable without the map, and each row opens the figures for that country).
import * as Plot from '@observablehq/plot';
import { hrefFor } from '../router/parse-route.js';
import { LoadStatus } from '../shared/load-status.js';
import { PlotFigure } from '../shared/plot-figure.js';
import { useLoad } from '../shared/use-load.js';
import { countPlaces, type PlaceCounts } from './count-places.js';
import { ISO_NUMERIC } from './iso-numeric.js';
import { COUNTRIES, type CountryFeature } from './world.js';

const NAME_BY_NUMERIC = new Map(COUNTRIES.features.map((f) => [String(f.id ?? ''), f.properties.name]));
const countryName = (alpha2: string) => {
  const name = NAME_BY_NUMERIC.get(ISO_NUMERIC[alpha2] ?? '');
  return name ? `${name} (${alpha2})` : alpha2;
};

export function MapView() {
  const load = useLoad('places', (signal) => countPlaces(signal));
  return (
    <div className="map-view">
      <header className="view-header">
        <h1 tabIndex={-1} className="view-title">Map</h1>
        <p className="view-meta">Where the stored figures happened, by country.</p>
      </header>
      <LoadStatus load={load}>{(counts) => <PlaceMap counts={counts} />}</LoadStatus>
    </div>
  );
}

function PlaceMap({ counts }: { counts: PlaceCounts }) {
  const byNumeric = new Map<string, number>();
  for (const [alpha2, n] of counts.byCountry) {
    const numeric = ISO_NUMERIC[alpha2];
    if (numeric) byNumeric.set(numeric, n);
  }
  const rows = [...counts.byCountry].sort((a, b) => b[1] - a[1]);
  const max = rows[0]?.[1] ?? 1;
  const countOf = (f: CountryFeature) => byNumeric.get(String(f.id ?? '')) ?? 0;
  const counted = (COUNTRIES.features as CountryFeature[]).filter((f) => countOf(f) > 0);
  return (
    <>
      <p className="view-meta">
        {counts.withPlace} of {counts.claims} figures name a place{counts.partial ? ' (the first pages only: the store is large)' : ''}.
      </p>
      <PlotFigure
        className="map-plot"
        drawKey={rows.map(([c, n]) => `${c}${n}`).join(',')}
        draw={(width) => Plot.plot({
          className: 'cc-plot',
          width,
          projection: { type: 'equal-earth', domain: COUNTRIES },
          ariaLabel: 'World map of claims by country',
          // From zero, so a country with a few figures is still visibly shaded next to one with many.
          color: { type: 'sqrt', scheme: 'blues', domain: [0, max], label: 'figures', legend: rows.length > 0 },
          marks: [
            // Every country in grey, then the ones with figures shaded on top.
            Plot.geo(COUNTRIES, { fill: '#e8e8e8', stroke: '#fff', strokeWidth: 0.5 }),
            Plot.geo(counted, { fill: countOf, stroke: '#fff', strokeWidth: 0.5, title: (f: CountryFeature) => `${f.properties.name}: ${countOf(f)}` }),
            Plot.sphere({ stroke: '#999' }),
          ],
        })}
      />
      {rows.length ? (
        <div className="table-scroll table-scroll-narrow" tabIndex={0} role="region" aria-label="Claims by country">
          <table className="data-table data-table-narrow">
            <thead><tr><th scope="col">country</th><th scope="col">figures</th></tr></thead>
            <tbody>
              {rows.map(([country, n]) => (
                <tr key={country}>
                  <td><a href={hrefFor.figures({ place: country })}>{countryName(country)}</a></td>
                  <td className="num">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p className="status">No figure names a place yet.</p>}
    </>
  );
}
