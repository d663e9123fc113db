// The world's countries from world-atlas (Natural Earth 1:110m), bundled into the page by Vite:
// the map needs no tile server and makes no request.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

export const COUNTRIES: FeatureCollection<Geometry, { name: string }> = feature(topology, topology.objects.countries);
