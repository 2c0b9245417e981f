import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/charts/indicator-chart/define.js';

interface Args {
  indicator?: string;
  jsonstat?: string;
  series?: string;
  filter?: string;
  type: 'auto' | 'line' | 'bar';
  src?: string;
  monitoring?: string;
}

const EXAMPLE = './data/examples/programme.example.json';
const JSONSTAT = './fixtures/example-language-groups.jsonstat.json';

const meta: Meta<Args> = {
  title: 'Charts/hki-indicator-chart',
  component: 'hki-indicator-chart',
  tags: ['autodocs'],
  args: { type: 'auto' },
  argTypes: { type: { control: 'inline-radio', options: ['auto', 'line', 'bar'] } },
  render: ({ indicator, jsonstat, series, filter, type, src, monitoring }) =>
    html`<div style="max-width: 48rem">
      <hki-indicator-chart
        indicator=${indicator ?? nothing}
        jsonstat=${jsonstat ?? nothing}
        series=${series ?? nothing}
        filter=${filter ?? nothing}
        type=${type}
        src=${src ?? nothing}
        monitoring=${monitoring ?? nothing}
      ></hki-indicator-chart>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Line: Story = { name: 'Line (indicator, example data)', args: { indicator: 'i-10.2-a', src: EXAMPLE } };
export const Target: Story = { name: 'With target (indicator, example data)', args: { indicator: 'i-1.1-a', src: EXAMPLE } };
export const Bar: Story = { name: 'Bar (categories)', args: { jsonstat: JSONSTAT, filter: 'vuosi=2021;kieli=other;tiedot=share' } };
export const JsonStat: Story = {
  name: 'JSON-stat, two series',
  args: { jsonstat: JSONSTAT, series: 'kieli', filter: 'alue=091;tiedot=share' },
};
export const TableEnhanced: Story = {
  name: 'From a table inside the element',
  render: () =>
    html`<hki-indicator-chart>
      <table data-example="true">
        <caption>
          Example: workshop participants (made-up values)
        </caption>
        <thead>
          <tr>
            <th>Year</th>
            <th>Participants</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>2018</th>
            <td>120</td>
          </tr>
          <tr>
            <th>2019</th>
            <td>165</td>
          </tr>
          <tr>
            <th>2020</th>
            <td>90</td>
          </tr>
          <tr>
            <th>2021</th>
            <td>210</td>
          </tr>
        </tbody>
      </table>
    </hki-indicator-chart>`,
};
export const NoData: Story = { name: 'No data published yet', args: { indicator: 'mon-neet' } };
export const Finnish: Story = { globals: { locale: 'fi' }, args: { indicator: 'i-10.2-a', src: EXAMPLE } };
export const Swedish: Story = { globals: { locale: 'sv' }, args: { indicator: 'i-10.2-a', src: EXAMPLE } };
export const RightToLeftPage: Story = {
  name: 'Right-to-left page (Arabic)',
  globals: { locale: 'ar' },
  args: { jsonstat: JSONSTAT, series: 'kieli', filter: 'alue=092;tiedot=count' },
};
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { indicator: 'i-1.1-a', src: EXAMPLE },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
export const Loading: Story = { args: { jsonstat: '/__story/pending/data.json' } };
export const Error: Story = { name: 'Error (unknown dimension)', args: { jsonstat: JSONSTAT, filter: 'region=091' } };
export const NotJsonStat: Story = { name: 'Error (not JSON-stat)', args: { jsonstat: './fixtures/not-jsonstat.json' } };
export const UnknownIndicator: Story = { name: 'Unknown indicator', args: { indicator: 'i-99-z' } };
/** An indicator's values from a monitoring file (the example one), its source named. */
export const MonitoringFile: Story = {
  name: 'Monitoring file (example)',
  args: { indicator: 'i-1.1-a', monitoring: './data/examples/monitoring.example.json' },
};
