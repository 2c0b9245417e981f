import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/measures/measure-card/define.js';

interface Args {
  measure: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  plain: boolean;
  src?: string;
  monitoring?: string;
}

const meta: Meta<Args> = {
  title: 'Measures/hki-measure-card',
  component: 'hki-measure-card',
  tags: ['autodocs'],
  args: { measure: '4.12', variant: 'full', headingLevel: 3, plain: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ measure, variant, headingLevel, plain, src, monitoring }) =>
    html`<div style="max-width: 48rem">
      <hki-measure-card
        measure=${measure}
        variant=${variant}
        heading-level=${headingLevel}
        ?plain=${plain}
        src=${src ?? nothing}
        monitoring=${monitoring ?? nothing}
      ></hki-measure-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const PlainLanguage: Story = { name: 'Plain language', args: { plain: true } };
export const WithBestPractice: Story = { name: 'With a best practice', args: { measure: '1.1' } };
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const RightToLeftPage: Story = { name: 'Right-to-left page (Arabic)', globals: { locale: 'ar' } };
export const LongText: Story = { name: 'Long text', args: { measure: '9.5' } };
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style="max-width: 320px"><hki-measure-card measure=${args.measure}></hki-measure-card></div>`,
};
export const ExampleStatus: Story = {
  name: 'Example status and values',
  args: { measure: '1.1', src: './data/examples/programme.example.json' },
};
export const Loading: Story = { args: { src: '/__story/pending/programme.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-programme.json' } };
export const UnknownMeasure: Story = { name: 'Unknown measure', args: { measure: '12.4' } };
/** Statuses from a monitoring file (the example one: made-up, so the widget says "Example data"), with date and source. */
export const MonitoringFile: Story = {
  name: 'Monitoring file (example)',
  args: { measure: '1.1', monitoring: './data/examples/monitoring.example.json' },
};
/** A monitoring file that cannot be read: the programme is shown, the measure not reported, with one note. */
export const ErrorMonitoringFile: Story = {
  name: 'Error (monitoring file not found)',
  args: { measure: '1.1', monitoring: './no-such-monitoring.json' },
};
