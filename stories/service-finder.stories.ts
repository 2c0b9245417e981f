import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/services/service-finder/define.js';

interface Args {
  topics: string;
  languages: string;
  district: string;
  src?: string;
  format: 'package' | 'servicemap' | 'tpr';
}

const meta: Meta<Args> = {
  title: 'Services/hki-service-finder',
  component: 'hki-service-finder',
  tags: ['autodocs'],
  args: { topics: '', languages: '', district: '', format: 'package' },
  argTypes: { format: { control: 'inline-radio', options: ['package', 'servicemap', 'tpr'] } },
  // Stories keep the filters out of the address: Storybook's own address must stay intact.
  render: ({ topics, languages, district, src, format }) =>
    html`<hki-service-finder
      url-state="off"
      topics=${topics || nothing}
      languages=${languages || nothing}
      district=${district || nothing}
      src=${src ?? nothing}
      format=${format}
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
export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`] };
export const Loading: Story = { args: { src: '/__story/pending/services.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-services.json' } };
