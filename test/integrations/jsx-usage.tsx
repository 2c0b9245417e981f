// Compiled by `npm run build` against the generated JSX types (packages/embed/dist/types/jsx.d.ts):
// if the types stop matching the elements, the build fails here.
import type { CustomElements } from '../../packages/embed/dist/types/jsx.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const elements = [
  <hki-programme-summary explorer-url="/en/measures" heading-level={2} />,
  <hki-measure-card measure="4.12" variant="compact" heading-level={3} />,
  <hki-measure-list theme="learning" url-state="off" />,
  <hki-indicator-chart indicator="i-10.2-a" type="line" />,
  <hki-service-finder topics="culture" languages="ar so" />,
  <hki-sign sign="changing-rooms" languages="fi-x-plain ar so" size="a4" />,
  <hki-term concept="immigrant">immigrants</hki-term>,
];
