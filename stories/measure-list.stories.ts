import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/measures/measure-list/define.js';

interface Args {
  theme: string;
  responsible: string;
  urlState: 'on' | 'off';
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Measures/hki-measure-list',
  component: 'hki-measure-list',
  tags: ['autodocs'],
  // Stories keep the filters out of the address: Storybook's own address must stay intact.
  args: { theme: '', responsible: '', urlState: 'off' },
  argTypes: {
    theme: { control: 'select', options: ['', 'skilled-workforce', 'learning', 'open-city', 'counteracting-differentiation'] },
    urlState: { control: 'inline-radio', options: ['on', 'off'] },
  },
  render: ({ theme, responsible, urlState, src }) =>
    html`<hki-measure-list
      theme=${theme || nothing}
      responsible=${responsible || nothing}
      url-state=${urlState}
      src=${src ?? nothing}
    ></hki-measure-list>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const DivisionPreset: Story = { name: 'Preset for a division (Education Division)', args: { responsible: 'education-division' } };
export const ThemePreset: Story = { name: 'Preset: one theme', args: { theme: 'open-city' } };
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const RightToLeftPage: Story = { name: 'Right-to-left page (Arabic)', globals: { locale: 'ar' } };
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
