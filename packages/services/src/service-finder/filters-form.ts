/**
 * The finder's filter form and its "nothing matches" state, as templates over a small context, and
 * the choices the form offers for a services package (which the page address is checked against).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { plural, type PickedText } from '@hki-widgets/core';
import type { Audience, District, LocalizedText, ServicesPackage, Topic } from '@hki-widgets/data';
import { bothNames, nameIn } from '../shared/languages.js';
import { AUDIENCES, TOPICS, audienceLabel, topicLabel } from '../shared/labels.js';
import { NO_FILTERS, accessKey, type ServiceFilters } from './results.js';

/** What the filters offer for one package: only what its services have. */
export interface FilterChoices {
  /** Language codes, in name order for the interface language. */
  languages: string[];
  topics: Topic[];
  /** Without `everyone`: "Everyone" is the choice of no audience. */
  audiences: Audience[];
  districts: District[];
  /** The accessibility groups by key, and `any` (some information is given) first. */
  access: string[];
  /** Each group's name, by key. */
  accessNames: Map<string, LocalizedText>;
}

const choicesMemo = new WeakMap<ServicesPackage, Map<string, FilterChoices>>();

export function filterChoices(pkg: ServicesPackage, uiLocale: string): FilterChoices {
  let byLocale = choicesMemo.get(pkg);
  if (!byLocale) choicesMemo.set(pkg, (byLocale = new Map()));
  let choices = byLocale.get(uiLocale);
  if (choices) return choices;
  const { services } = pkg;
  const accessNames = new Map<string, LocalizedText>();
  for (const s of services) for (const g of s.accessibility ?? []) if (g.group) accessNames.set(accessKey(g.group), g.group);
  const languages = [...new Set(services.flatMap((s) => s.languages.map((l) => l.code)))];
  choices = {
    languages: languages.sort((a, b) => nameIn(a, uiLocale).localeCompare(nameIn(b, uiLocale), uiLocale)),
    topics: TOPICS.filter((t) => services.some((s) => s.topics.includes(t))),
    audiences: AUDIENCES.filter((a) => a !== 'everyone' && services.some((s) => s.audiences.includes(a))),
    districts: pkg.districts,
    access: ['any', ...accessNames.keys()],
    accessNames,
  };
  byLocale.set(uiLocale, choices);
  return choices;
}

export interface FormContext {
  filters: ServiceFilters;
  choices: FilterChoices;
  uiLocale: string;
  pick: (text: LocalizedText | undefined) => PickedText | undefined;
  /** Sets one filter; `push` adds a history entry (a choice), otherwise it replaces it (typing). */
  set: <K extends keyof ServiceFilters>(key: K, value: ServiceFilters[K], push?: boolean) => void;
  clear: () => void;
  locate: () => void;
  /** Distances are measured from the resident's position. */
  located: boolean;
  positionError: string;
  /** In a narrow finder: whether the filters' disclosure is open (a wide finder always shows them). */
  filtersOpen: boolean;
  toggleFilters: () => void;
}

/**
 * How many filters narrow the results, as the filters (and so the page address) hold them: each
 * chosen option and each ticked box. The words are not counted (the search field is always in view),
 * nor the order. A `district` preset counts: the District filter shows it. The `topics`, `audiences`
 * and `languages` presets do not: they are the site's scope, not in the filters.
 */
export function activeFilterCount(f: ServiceFilters): number {
  const chosen = [f.language, f.topic, f.audience, f.district, f.access].filter((v) => v !== '').length;
  return chosen + [f.free, f.noAppointment, f.openNow].filter(Boolean).length;
}

/** The disclosure's name: "Filters", or "Filters (2 active)". */
function filtersLabel(active: number): string {
  if (active === 0) return msg('Filters');
  return plural(active, {
    one: () => msg(str`Filters (${active} active)`, { id: 'service-finder-filters-active-one' }),
    other: () => msg(str`Filters (${active} active)`, { id: 'service-finder-filters-active-other' }),
  });
}

type Check = 'free' | 'noAppointment' | 'openNow';

export function renderFilters(ctx: FormContext): TemplateResult {
  const { filters: f, choices, uiLocale: ui } = ctx;
  const option = (value: string, label: string, selected: string) =>
    html`<option value=${value} ?selected=${value === selected}>${label}</option>`;
  const select = (id: keyof ServiceFilters, label: string, options: TemplateResult[]) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => ctx.set(id, (e.target as HTMLSelectElement).value as never)}>
        ${options}
      </select>
    </div>`;
  const check = (id: Check, label: string) =>
    html`<div class="check">
      <input id=${id} type="checkbox" .checked=${f[id]} @change=${(e: Event) => ctx.set(id, (e.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>
    </div>`;
  const accessName = (key: string) => ctx.pick(choices.accessNames.get(key))?.text ?? '';
  const typed = (e: Event) => ctx.set('q', (e.target as HTMLInputElement).value, false);
  const submitted = (e: Event) => e.preventDefault();
  // In a narrow finder the filters are behind a disclosure (shown by the styles' container query);
  // the search field stays outside it, always in view.
  return html`<form part="filters" class="filters" role="search" aria-label=${msg('Find services')} @submit=${submitted}>
    <div class="field search">
      <label for="q">${msg('Search services')}</label>
      <input id="q" type="search" autocomplete="off" .value=${f.q} @input=${typed} />
      <p class="hint">${msg('Search in Finnish, Swedish or English, or by the name of a language.')}</p>
    </div>
    <button
      part="filters-toggle"
      class="button filters-toggle"
      type="button"
      aria-expanded=${ctx.filtersOpen ? 'true' : 'false'}
      aria-controls="filter-panel"
      @click=${ctx.toggleFilters}
    >
      ${filtersLabel(activeFilterCount(f))}
    </button>
    <div id="filter-panel" class=${ctx.filtersOpen ? 'filter-panel open' : 'filter-panel'}>
      ${select('language', msg('Language of service'), [
        option('', msg('All languages'), f.language),
        ...choices.languages.map((code) => option(code, bothNames(code, ui), f.language)),
      ])}
      ${select('topic', msg('Topic'), [
        option('', msg('All topics'), f.topic),
        ...choices.topics.map((t) => option(t, topicLabel(t), f.topic)),
      ])}
      ${select('audience', msg('For whom'), [
        option('', msg('Everyone'), f.audience),
        ...choices.audiences.map((a) => option(a, audienceLabel(a), f.audience)),
      ])}
      ${select('district', msg('District'), [
        option('', msg('All districts'), f.district),
        ...choices.districts.map((d) => option(d.id, ctx.pick(d.name)?.text ?? d.id, f.district)),
      ])}
      ${select('access', msg('Accessibility'), [
        option('', msg('No requirement'), f.access),
        option('any', msg('Accessibility information given'), f.access),
        ...choices.access.slice(1).map((key) => option(key, accessName(key), f.access)),
      ])}
      <fieldset class="checks">
        <legend>${msg('Show only')}</legend>
        ${check('free', msg('Free of charge'))} ${check('noAppointment', msg('No appointment needed'))} ${check('openNow', msg('Open now'))}
      </fieldset>
      ${select('sort', msg('Order'), [
        option('relevance', msg('Best match'), f.sort),
        option('name', msg('Name'), f.sort),
        option('distance', msg('Distance from the district or your position'), f.sort),
      ])}
      <div class="actions">
        <button class="button" type="button" @click=${ctx.locate}>${msg('Use my position')}</button>
        <button class="button" type="button" @click=${ctx.clear}>${msg('Clear filters')}</button>
      </div>
    </div>
    ${ctx.positionError ? html`<p class="hki-alert" role="alert">${ctx.positionError}</p>` : nothing}
    ${
      ctx.located
        ? html`<p class="note" role="status">${msg('Sorted by distance from your position. It is not saved or sent anywhere.')}</p>`
        : nothing
    }
  </form>`;
}

/** "No service matches all of these:", each active filter with a button that removes it. */
export function renderEmpty(ctx: FormContext): TemplateResult {
  const f = ctx.filters;
  const active: [keyof ServiceFilters, string][] = [];
  if (f.q) active.push(['q', msg(str`the words "${f.q}"`)]);
  if (f.language) active.push(['language', msg(str`language: ${nameIn(f.language, ctx.uiLocale)}`)]);
  if (f.topic) active.push(['topic', msg(str`topic: ${topicLabel(f.topic as Topic)}`)]);
  if (f.audience) active.push(['audience', msg(str`for: ${audienceLabel(f.audience as Audience)}`)]);
  if (f.district) active.push(['district', msg('the district')]);
  if (f.access) active.push(['access', msg('accessibility')]);
  if (f.free) active.push(['free', msg('free of charge')]);
  if (f.noAppointment) active.push(['noAppointment', msg('no appointment needed')]);
  if (f.openNow) active.push(['openNow', msg('open now')]);
  return html`<div part="empty" class="empty">
    <p>${msg('No service matches all of these:')}</p>
    <ul class="active-filters">
      ${active.map(
        ([key, label]) =>
          html`<li>
            ${label}
            <button class="link-button" type="button" @click=${() => ctx.set(key, NO_FILTERS[key] as never)}>
              ${msg('Remove')}<span class="visually-hidden">: ${label}</span>
            </button>
          </li>`,
      )}
    </ul>
    <button class="button" type="button" @click=${ctx.clear}>${msg('Clear filters')}</button>
  </div>`;
}
