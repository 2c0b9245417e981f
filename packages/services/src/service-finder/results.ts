/**
 * The finder's results as a pure function of the data, the filters and the presets: which services
 * pass, in which order, how far each is, and (for "open now") which have unknown hours.
 */
import { fold, asText } from '@hki-widgets/core';
import type { District, LocalizedText, Service } from '@hki-widgets/data';
import { distanceKm } from '../shared/distance.js';
import { openState } from '../shared/hours.js';

/** The finder's filters, as `hki-filter-change` reports them and the page address keeps them. */
export type ServiceFilters = {
  q: string;
  language: string;
  topic: string;
  audience: string;
  district: string;
  access: string;
  free: boolean;
  noAppointment: boolean;
  openNow: boolean;
  sort: 'relevance' | 'name' | 'distance';
};

/** No filter at all: where "Clear filters" returns (with the `district` preset). */
export const NO_FILTERS: ServiceFilters = {
  q: '',
  language: '',
  topic: '',
  audience: '',
  district: '',
  access: '',
  free: false,
  noAppointment: false,
  openNow: false,
  sort: 'relevance',
};

export const SORTS: readonly ServiceFilters['sort'][] = ['relevance', 'name', 'distance'];

export type LatLon = { lat: number; lon: number };

/** An accessibility group's key: its English name (or its first), folded. */
export const accessKey = (group: LocalizedText | undefined): string => fold(group?.en ?? Object.values(group ?? {})[0] ?? '');

const words = (value: unknown) =>
  asText(value)
    .split(/[\s,]+/)
    .filter(Boolean);

export interface ResultsQuery {
  services: Service[];
  districts: District[];
  filters: ServiceFilters;
  /** The element's presets: space-separated topics, audiences and language codes. */
  presets: { topics: string; audiences: string; languages: string };
  /** The score of each service the text query finds; undefined when there is no query. */
  scores?: Map<string, number>;
  /** Each service's position in name order. */
  order: Map<string, number>;
  /** The resident's position, when they asked for it. */
  position?: LatLon;
  now: Date;
}

export interface Results {
  matches: Service[];
  /** With "open now": the services that match but whose hours are not known. */
  unknownHours: Service[];
  /** Kilometres from the chosen place, for the services with coordinates. */
  distances: Map<string, number>;
  /** With "open now" from Hauki: how many further services are not checked yet ("Show more" checks them). */
  unchecked?: number;
  /** With "open now" from Hauki: the services whose hours are asked for (the pages shown, before the filter). */
  checked?: Service[];
}

/** The presets as lists (language codes in lower case). */
type Wanted = { topics: string[]; audiences: string[]; languages: string[] };

const hasGroup = (s: Service, key: string) => Boolean(s.accessibility?.some((g) => accessKey(g.group) === key));

function passes(s: Service, f: ServiceFilters, { topics, audiences, languages }: Wanted): boolean {
  return (
    (topics.length === 0 || s.topics.some((t) => topics.includes(t))) &&
    (audiences.length === 0 || s.audiences.some((a) => audiences.includes(a))) &&
    (languages.length === 0 || s.languages.some((l) => languages.includes(l.code.toLowerCase()))) &&
    (!f.language || s.languages.some((l) => l.code.toLowerCase() === f.language.toLowerCase())) &&
    (!f.topic || s.topics.includes(f.topic as Service['topics'][number])) &&
    (!f.audience || s.audiences.includes(f.audience as Service['audiences'][number]) || s.audiences.includes('everyone')) &&
    (!f.district || Boolean(s.locations?.some((l) => l.district === f.district))) &&
    (!f.access || (f.access === 'any' ? Boolean(s.accessibility?.length) : hasGroup(s, f.access))) &&
    (!f.free || s.free === true) &&
    (!f.noAppointment || s.appointment === 'not-needed')
  );
}

/** Each service's distance from `origin`: to the nearest of its places that has coordinates. */
function distancesFrom(origin: LatLon, services: Service[]): Map<string, number> {
  const distances = new Map<string, number>();
  for (const s of services) {
    const points = (s.locations ?? []).map((l) => l.coordinates).filter((c): c is LatLon => Boolean(c));
    if (points.length) distances.set(s.id, Math.min(...points.map((c) => distanceKm(origin, c))));
  }
  return distances;
}

/** The services that pass the presets and filters, in the chosen order, and those with unknown hours. */
export function findServices(query: ResultsQuery): Results {
  const { filters: f, scores, order } = query;
  const { presets } = query;
  const languages = words(presets.languages).map((l) => l.toLowerCase());
  const wanted = { topics: words(presets.topics), audiences: words(presets.audiences), languages };
  let pool = query.services.filter((s) => passes(s, f, wanted));
  if (scores) pool = pool.filter((s) => scores.has(s.id));
  // Distances are measured from the resident's position, or the chosen district's centre.
  const origin = query.position ?? query.districts.find((d) => d.id === f.district)?.centre;
  const distances = origin ? distancesFrom(origin, pool) : new Map<string, number>();
  const byName = (a: Service, b: Service) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const sorted = [...pool].sort((a, b) => {
    if (f.sort === 'distance' && origin) {
      const da = distances.get(a.id) ?? Infinity;
      const db = distances.get(b.id) ?? Infinity;
      if (da !== db) return da - db;
    }
    if (f.sort === 'relevance' && scores) return (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || byName(a, b);
    return byName(a, b);
  });
  if (!f.openNow) return { matches: sorted, unknownHours: [], distances };
  const state = (s: Service) => openState(s.openingHours, query.now).state;
  return { matches: sorted.filter((s) => state(s) === 'open'), unknownHours: sorted.filter((s) => state(s) === 'unknown'), distances };
}
