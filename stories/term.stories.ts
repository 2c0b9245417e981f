import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/glossary/term/define.js';

interface Args {
  concept: string;
  open: boolean;
  src?: string;
  text?: string;
}

const meta: Meta<Args> = {
  title: 'Glossary/hki-term',
  component: 'hki-term',
  tags: ['autodocs'],
  args: { concept: 'immigrant', open: false },
  argTypes: {
    concept: { control: 'select', options: ['foreign-background', 'immigrant', 'second-generation', 'foreign-language-speaker'] },
  },
  render: ({ concept, open, src, text }) =>
    html`<p style="max-width: 40rem">
      In 2017, 15 % of Helsinki's residents had a foreign background. Many of them are
      <hki-term concept=${concept} ?open=${open} src=${src ?? nothing}>${text ?? nothing}</hki-term>, and over 15,000 are second-generation
      residents.
    </p>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Open: Story = { args: { open: true } };

export const SlottedText: Story = {
  name: 'With the words of the sentence',
  args: { text: 'immigrants', open: true },
};

export const Finnish: Story = { globals: { locale: 'fi' }, args: { open: true } };

export const Swedish: Story = { globals: { locale: 'sv' }, args: { open: true } };

export const RightToLeftPage: Story = {
  name: 'Right-to-left page (Arabic)',
  globals: { locale: 'ar' },
  args: { open: true },
  render: ({ concept, open }) =>
    html`<p style="max-width: 40rem">
      يوجد في هلسنكي العديد من <hki-term concept=${concept} ?open=${open}>المهاجرين</hki-term> من أكثر من 140 لغة.
    </p>`,
};

export const LongText: Story = {
  name: 'Long text (with note)',
  args: { concept: 'foreign-language-speaker', open: true },
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { concept: 'foreign-background', open: true },
  parameters: { viewport: { options: { narrow: { name: '320 px', styles: { width: '320px', height: '640px' } } } } },
  globals: { viewport: { value: 'narrow' } },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};

export const Loading: Story = { args: { src: '/__story/pending/programme.json', text: 'immigrants' } };

export const Error: Story = {
  name: 'Error (data not found)',
  args: { src: './no-such-programme.json', text: 'immigrants' },
};

export const UnknownConcept: Story = { name: 'Unknown concept', args: { concept: 'refugee', text: 'refugees' } };
