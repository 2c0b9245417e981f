import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { HkiIndicatorChart, type HkiChartReadyDetail } from './indicator-chart.js';

defineElement('hki-indicator-chart', HkiIndicatorChart);

declare global {
  interface HTMLElementTagNameMap {
    'hki-indicator-chart': HkiIndicatorChart;
  }
  interface GlobalEventHandlersEventMap {
    'hki-chart-ready': CustomEvent<HkiChartReadyDetail>;
  }
}

export { HkiIndicatorChart };
