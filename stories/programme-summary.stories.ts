import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/measures/programme-summary/define.js';

interface Args {
  explorerUrl: string;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Measures/hki-programme-summary',
  component: 'hki-programme-summary',
  tags: ['autodocs'],
  args: { explorerUrl: 'https://www.example.org/integration-programme/measures' },
  render: ({ explorerUrl, src }) => html`<hki-programme-summary explorer-url=${explorerUrl} src=${src ?? nothing}></hki-programme-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const RightToLeftPage: Story = { name: 'Right-to-left page (Arabic)', globals: { locale: 'ar' } };
export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`] };
export const ExampleStatuses: Story = { name: 'Example status data', args: { src: './data/examples/programme.example.json' } };
export const Loading: Story = { args: { src: '/__story/pending/programme.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-programme.json' } };
