import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/measures/programme-summary/define.js';

interface Args {
  explorerUrl: string;
  guideUrl?: string;
  src?: string;
  monitoring?: string;
}

const meta: Meta<Args> = {
  title: 'Measures/hki-programme-summary',
  component: 'hki-programme-summary',
  tags: ['autodocs'],
  args: { explorerUrl: 'https://www.example.org/integration-programme/measures' },
  render: ({ explorerUrl, guideUrl, src, monitoring }) =>
    html`<hki-programme-summary
      explorer-url=${explorerUrl}
      guide-url=${guideUrl ?? nothing}
      src=${src ?? nothing}
      monitoring=${monitoring ?? nothing}
    ></hki-programme-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled data has no reported statuses yet, so the default (and each locale below) shows the notice. */
export const Default: Story = {};
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const RightToLeftPage: Story = { name: 'Right-to-left page (Arabic)', globals: { locale: 'ar' } };
export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`] };
/** No status reported: one notice instead of four empty bars, linking the guide an editor gives in guide-url. */
export const NoStatuses: Story = {
  name: 'No statuses reported yet',
  args: { guideUrl: 'https://www.example.org/hki-widgets/docs/guides/update-measure-status.html' },
};
export const NoStatusesFinnish: Story = { ...NoStatuses, name: 'No statuses reported yet (Finnish)', globals: { locale: 'fi' } };
export const NoStatusesSwedish: Story = { ...NoStatuses, name: 'No statuses reported yet (Swedish)', globals: { locale: 'sv' } };
export const NoStatusesRtl: Story = { ...NoStatuses, name: 'No statuses reported yet (Arabic page)', globals: { locale: 'ar' } };
/** Without guide-url (the guide has no fixed published address), the notice says in words where the guide is. */
export const NoStatusesNoGuide: Story = { name: 'No statuses reported yet, no guide address' };
export const ExampleStatuses: Story = { name: 'Example status data', args: { src: './data/examples/programme.example.json' } };
export const ExampleStatusesFinnish: Story = { ...ExampleStatuses, name: 'Example status data (Finnish)', globals: { locale: 'fi' } };
export const ExampleStatusesRtl: Story = { ...ExampleStatuses, name: 'Example status data (Arabic page)', globals: { locale: 'ar' } };
export const Loading: Story = { args: { src: '/__story/pending/programme.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-programme.json' } };
/** Statuses from a monitoring file (the example one), with when and where they were reported. */
export const MonitoringFile: Story = { name: 'Monitoring file (example)', args: { monitoring: './data/examples/monitoring.example.json' } };
export const ErrorMonitoringFile: Story = { name: 'Error (monitoring file not found)', args: { monitoring: './no-such-monitoring.json' } };
