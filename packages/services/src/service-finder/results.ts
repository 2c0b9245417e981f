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
  /**
   * The score of each service the text query finds; undefined when there is no query. Best first,
   * as the index gives them, is fastest (any order gives the same results).
   */
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

/**
 * The services of each list that passed the presets and the filters other than the words, in name
 * order, for the inputs they were found with: typing changes only the words, so each keystroke
 * searches within this list instead of checking every service against every filter again.
 */
type Pool = { key: string; order: Map<string, number>; pool: Service[]; place: Map<string, number> };
const pools = new WeakMap<Service[], Pool>();

function passing(services: Service[], f: ServiceFilters, wanted: Wanted, order: Map<string, number>): Pool {
  const key = JSON.stringify([f.language, f.topic, f.audience, f.district, f.access, f.free, f.noAppointment, wanted]);
  const last = pools.get(services);
  if (last && last.key === key && last.order === order) return last;
  const pool = services
    .filter((s) => passes(s, f, wanted))
    .map((s) => ({ s, rank: order.get(s.id) ?? 0 }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ s }) => s);
  const made = { key, order, pool, place: new Map(pool.map((s, i) => [s.id, i])) };
  pools.set(services, made);
  return made;
}

/**
 * The services of the pool the words found, in the pool's order: the pool checked against the
 * scores, or when the words found few, the few looked up in the pool.
 */
function foundIn({ pool, place }: Pool, scores: Map<string, number>): Service[] {
  if (scores.size * 4 > pool.length) return pool.filter((s) => scores.has(s.id));
  const places: number[] = [];
  for (const id of scores.keys()) {
    const i = place.get(id);
    if (i !== undefined) places.push(i);
  }
  return Array.from(Float64Array.from(places).sort(), (i) => pool[i]);
}

/**
 * The services of the pool the words found, best first, ties in the pool's (name) order. The
 * search gives its scores best first, so this walks them once and sorts only runs of equal scores
 * (all of a short query's); scores in another order are sorted whole.
 */
function byRelevance(passed: Pool, scores: Map<string, number>): Service[] {
  const { pool, place } = passed;
  const out: Service[] = [];
  let run: number[] = [];
  let runScore = Infinity;
  const flush = () => {
    for (const i of run.length > 1 ? Float64Array.from(run).sort() : run) out.push(pool[i]);
    run = [];
  };
  for (const [id, score] of scores) {
    const i = place.get(id);
    if (i === undefined) continue;
    if (score > runScore) return sortBy(foundIn(passed, scores), (s) => -(scores.get(s.id) ?? 0));
    if (score !== runScore) flush();
    runScore = score;
    run.push(i);
  }
  flush();
  return out;
}

/** Sorts the services by a number each (stable: equal numbers keep the services' order). */
function sortBy(services: Service[], value: (s: Service) => number): Service[] {
  return services
    .map((s) => ({ s, v: value(s) }))
    .sort((a, b) => a.v - b.v)
    .map(({ s }) => s);
}

/** The services that pass the presets and filters, in the chosen order, and those with unknown hours. */
export function findServices(query: ResultsQuery): Results {
  const { filters: f, scores, order } = query;
  const { presets } = query;
  const languages = words(presets.languages).map((l) => l.toLowerCase());
  const wanted = { topics: words(presets.topics), audiences: words(presets.audiences), languages };
  // In name order: each order below is a stable sort of it, so name order breaks every tie.
  const passed = passing(query.services, f, wanted, order);
  const pool = passed.pool;
  // Distances are measured from the resident's position, or the chosen district's centre.
  const origin = query.position ?? query.districts.find((d) => d.id === f.district)?.centre;
  const byDistance = f.sort === 'distance' && origin;
  const found = !scores ? pool : f.sort === 'relevance' && !byDistance ? byRelevance(passed, scores) : foundIn(passed, scores);
  const distances = origin ? distancesFrom(origin, found) : new Map<string, number>();
  const sorted = byDistance ? sortBy(found, (s) => distances.get(s.id) ?? Infinity) : found;
  if (!f.openNow) return { matches: sorted === pool ? [...pool] : sorted, unknownHours: [], distances };
  const state = (s: Service) => openState(s.openingHours, query.now).state;
  return { matches: sorted.filter((s) => state(s) === 'open'), unknownHours: sorted.filter((s) => state(s) === 'unknown'), distances };
}
