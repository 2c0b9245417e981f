import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/services/service-finder/define.js';

interface Args {
  topics: string;
  languages: string;
  district: string;
  src?: string;
  format: 'package' | 'servicemap' | 'tpr';
  /** How many units of a live list are read at most (`max-services`). */
  maxServices?: number;
  /** `server`: each query goes to the Service Map's search (`src` a Service Map v2 base address). */
  search?: 'local' | 'server';
}

const meta: Meta<Args> = {
  title: 'Services/hki-service-finder',
  component: 'hki-service-finder',
  tags: ['autodocs'],
  args: { topics: '', languages: '', district: '', format: 'package' },
  argTypes: { format: { control: 'inline-radio', options: ['package', 'servicemap', 'tpr'] } },
  // Stories keep the filters out of the address: Storybook's own address must stay intact.
  render: ({ topics, languages, district, src, format, maxServices, search }) =>
    html`<hki-service-finder
      url-state="off"
      topics=${topics || nothing}
      languages=${languages || nothing}
      district=${district || nothing}
      src=${src ?? nothing}
      format=${format}
      max-services=${maxServices ?? nothing}
      search=${search ?? nothing}
    ></hki-service-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const RightToLeftPage: Story = { name: 'Right-to-left page (Arabic)', globals: { locale: 'ar' } };
export const ArabicQuery: Story = {
  name: 'Arabic-script query',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('hki-service-finder')!;
    await customElements.whenDefined('hki-service-finder');
    for (let i = 0; i < 50 && !finder.shadowRoot?.querySelector('#q'); i++) await new Promise((r) => setTimeout(r, 50));
    const input = finder.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    input.value = 'العربية';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  },
};
export const LibraryPreset: Story = { name: 'Preset for a library site (culture)', args: { topics: 'culture' } };
export const NoResults: Story = {
  name: 'No results',
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('hki-service-finder')!;
    for (let i = 0; i < 50 && !finder.shadowRoot?.querySelector('#q'); i++) await new Promise((r) => setTimeout(r, 50));
    const input = finder.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    input.value = 'zzzz nothing';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  },
};
export const UnknownHours: Story = {
  name: 'Open now, with unknown hours listed',
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('hki-service-finder')!;
    for (let i = 0; i < 50 && !finder.shadowRoot?.querySelector('#openNow'); i++) await new Promise((r) => setTimeout(r, 50));
    finder.shadowRoot!.querySelector<HTMLInputElement>('#openNow')!.click();
  },
};
export const ServiceMapFeed: Story = {
  name: 'Live format: Service Map v2 units (synthetic fixture)',
  args: { src: './fixtures/services/servicemap-units.json', format: 'servicemap' },
};
export const TprFeed: Story = {
  name: 'Live format: TPR v4 units (synthetic fixture)',
  args: { src: './fixtures/services/tpr-units.json', format: 'tpr' },
};
export const PagedListAtLimit: Story = {
  name: 'Live list read page by page, stopped at max-services (synthetic fixture)',
  // Three pages of four units that follow each other through `next` (fixtures/paging/); the list
  // says it has 9,870 units, so with max-services="8" the finder reads two pages and says so.
  args: { src: './fixtures/services/paging/servicemap-page-1.json', format: 'servicemap', maxServices: 8 },
};
export const PagedListAtLimitNarrow: Story = {
  name: 'Live list stopped at max-services, narrow (320 px)',
  args: { src: './fixtures/services/paging/servicemap-page-1.json', format: 'servicemap', maxServices: 8 },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
export const CityWideSearch: Story = {
  name: 'City-wide search on the Service Map (before typing: no request)',
  args: { src: 'https://api.hel.fi/servicemap/v2/', search: 'server' },
};
export const ErrorServerSearch: Story = {
  name: 'Error (server search without a Service Map v2 base address)',
  args: { src: 'https://api.hel.fi/servicemap/v2/unit/', search: 'server' },
};
export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`] };
/** A 320 px column: the filters behind their disclosure, closed, with the active count (a district preset counts). */
export const NarrowFiltersClosed: Story = {
  name: 'Narrow with filters closed',
  args: { district: 'central' },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
export const NarrowFiltersClosedArabic: Story = {
  ...NarrowFiltersClosed,
  name: 'Narrow with filters closed, right-to-left page (Arabic)',
  globals: { locale: 'ar' },
};
/** The same column after the resident opens the filters. */
export const NarrowFiltersOpen: Story = {
  name: 'Narrow with filters open',
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('hki-service-finder')!;
    for (let i = 0; i < 50 && !finder.shadowRoot?.querySelector('.filters-toggle'); i++) await new Promise((r) => setTimeout(r, 50));
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
  },
};
export const Loading: Story = { args: { src: '/__story/pending/services.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-services.json' } };
