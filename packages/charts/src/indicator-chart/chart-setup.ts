/**
 * chart.js, with only the parts these charts use registered (line and bar controllers, their
 * elements, category and linear scales, legend, tooltip; no decimation plugin: long series are
 * thinned before chart.js sees them, see decimate.ts), and a small plugin that
 * draws the indicator's target as a labelled line. Imported only by <hki-indicator-chart>, so a
 * page without a chart never downloads chart.js.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { HDS } from '@hki-widgets/core/hds-tokens';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };

/**
 * Series colours from HDS, each at least 4.5:1 on white and told apart by more than hue: every
 * series also has its own dash pattern and point shape.
 */
export const PALETTE = [HDS['color-bus'], HDS['color-metro-dark'], HDS['color-black-90'], HDS['color-tram-dark'], HDS['color-brick-dark']];
export const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4]];
export const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;

export interface TargetOptions {
  value?: number;
  label?: string;
  colour?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    /** Options of the target-line plugin (see targetLine). */
    hkiTarget?: TargetOptions & { _type?: TType };
  }
}

/** Draws the target as a dashed horizontal line with its label above it, inside the plot area. */
export const targetLine: Plugin<'line' | 'bar'> = {
  id: 'hkiTarget',
  afterDatasetsDraw(chart, _args, options: TargetOptions) {
    if (options.value === undefined) return;
    const { ctx, chartArea, scales } = chart;
    const y = scales.y.getPixelForValue(options.value);
    if (y < chartArea.top || y > chartArea.bottom) return;
    const colour = options.colour ?? '#000';
    ctx.save();
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 3]);
    ctx.beginPath();
    ctx.moveTo(chartArea.left, y);
    ctx.lineTo(chartArea.right, y);
    ctx.stroke();
    if (options.label) {
      ctx.setLineDash([]);
      ctx.font = `600 ${Chart.defaults.font.size ?? 12}px ${Chart.defaults.font.family}`;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText(options.label, chartArea.right - 4, y - 3);
    }
    ctx.restore();
  },
};
