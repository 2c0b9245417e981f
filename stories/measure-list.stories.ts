import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@hki-widgets/measures/measure-list/define.js';
import type { HkiMeasureList } from '@hki-widgets/measures/measure-list.js';

interface Args {
  theme: string;
  responsible: string;
  urlState: 'on' | 'off';
  view: 'list' | 'cards';
  /** Not an attribute: a measure whose row the story opens once the data is there, as a resident would. */
  openMeasure: string;
  src?: string;
  monitoring?: string;
}

/** Presses the "Show details" button of one row once the list has its data (no play function needed). */
const openRow = (measure: string) => (el?: Element) => {
  if (!measure || !el) return;
  const list = el as HkiMeasureList;
  void list.dataComplete().then(() => {
    const button = list.shadowRoot?.querySelector<HTMLButtonElement>(`[part="row"][data-measure="${measure}"] [part="row-toggle"]`);
    if (button?.getAttribute('aria-expanded') === 'false') button.click();
  });
};

const meta: Meta<Args> = {
  title: 'Measures/hki-measure-list',
  component: 'hki-measure-list',
  tags: ['autodocs'],
  // Stories keep the filters out of the address: Storybook's own address must stay intact.
  args: { theme: '', responsible: '', urlState: 'off', view: 'list', openMeasure: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'cards'] },
    openMeasure: { control: 'text', description: 'Story only: open the row of this measure (e.g. 1.3).' },
    theme: { control: 'select', options: ['', 'skilled-workforce', 'learning', 'open-city', 'counteracting-differentiation'] },
    urlState: { control: 'inline-radio', options: ['on', 'off'] },
  },
  render: ({ theme, responsible, urlState, view, openMeasure, src, monitoring }) =>
    html`<hki-measure-list
      theme=${theme || nothing}
      responsible=${responsible || nothing}
      url-state=${urlState}
      view=${view === 'list' ? nothing : view}
      src=${src ?? nothing}
      monitoring=${monitoring ?? nothing}
      ${ref(openRow(openMeasure))}
    ></hki-measure-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The compact list: one row per measure, each with its "Show details" button. */
export const Default: Story = {};
/** One row opened: the measure's full card in place, under its row. */
export const RowOpened: Story = {
  name: 'A row opened (full card)',
  args: { openMeasure: '1.3', src: './data/examples/programme.example.json' },
};
/** Every measure as a compact card (`view="cards"`), as earlier versions showed them. */
export const Cards: Story = { name: 'Cards (view="cards")', args: { theme: 'skilled-workforce', view: 'cards' } };
export const DivisionPreset: Story = { name: 'Preset for a division (Education Division)', args: { responsible: 'education-division' } };
export const ThemePreset: Story = { name: 'Preset: one theme', args: { theme: 'open-city' } };
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const RightToLeftPage: Story = { name: 'Right-to-left page (Arabic)', globals: { locale: 'ar' } };
export const RightToLeftRowOpened: Story = {
  name: 'Right-to-left page, a row opened (Arabic)',
  args: { openMeasure: '4.12' },
  globals: { locale: 'ar' },
};
export const NoResults: Story = {
  name: 'No results (empty)',
  args: { theme: 'learning', responsible: 'sports-services' },
};
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { theme: 'skilled-workforce' },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
export const ExampleStatuses: Story = { name: 'Example status data', args: { src: './data/examples/programme.example.json' } };
export const Loading: Story = { args: { src: '/__story/pending/programme.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-programme.json' } };
/** Every measure's status from a monitoring file (the example one). */
export const MonitoringFile: Story = {
  name: 'Monitoring file (example)',
  args: { theme: 'skilled-workforce', monitoring: './data/examples/monitoring.example.json' },
};
