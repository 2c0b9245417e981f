import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/services/service-card/define.js';

interface Args {
  service: string;
  src?: string;
  format: 'package' | 'servicemap' | 'tpr';
}

const meta: Meta<Args> = {
  title: 'Services/hki-service-card',
  component: 'hki-service-card',
  tags: ['autodocs'],
  args: { service: 'international-house-helsinki', format: 'package' },
  render: ({ service, src, format }) =>
    html`<div style="max-width: 40rem">
      <hki-service-card service=${service} src=${src ?? nothing} format=${format}></hki-service-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const RightToLeftPage: Story = { name: 'Right-to-left page (Arabic)', globals: { locale: 'ar' } };
export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`] };
export const Loading: Story = { args: { src: '/__story/pending/services.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-services.json' } };
export const UnknownService: Story = { name: 'Unknown service', args: { service: 'no-such-service' } };
