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

/**
 * A real unit of the city's register: the Yrjönkatu swimming hall (TPR v4 unit 41102) as
 * City-of-Helsinki/unified-search records it (packages/services/test/fixtures/README.md). Its file
 * is one unit; the card reads TPR lists, so the story reads the derived list of the two recorded
 * units. Shows free-text hours line by line, one link per connection in the page's language, named
 * phones, the register's picture with its caption as alt text and 23 accessibility sentences.
 */
const REGISTER_UNIT: Partial<Args> = {
  service: 'tpr-41102',
  src: './fixtures/services/derived/tpr-units-41102-42284.json',
  format: 'tpr',
};
export const RegisterUnit: Story = { name: 'Register unit (TPR 41102, Finnish)', args: REGISTER_UNIT, globals: { locale: 'fi' } };
export const RegisterUnitEnglish: Story = { name: 'Register unit (TPR 41102, English)', args: REGISTER_UNIT };
export const RegisterUnitNarrow: Story = {
  name: 'Register unit (TPR 41102, 320 px)',
  args: REGISTER_UNIT,
  globals: { locale: 'fi' },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
