import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The demo division page and the CDN bundle it embeds are served beside the stories.
  staticDirs: [
    { from: '../docs/demo', to: '/demo' },
    { from: '../docs/configurator', to: '/configurator' },
    { from: '../docs/report', to: '/report' },
    { from: '../packages/embed/dist', to: '/embed' },
    { from: '../packages/data/dist', to: '/data' },
    // Synthetic JSON-stat datasets for the chart stories (marked as example data inside).
    { from: '../packages/charts/test/fixtures', to: '/fixtures' },
    { from: '../packages/services/test/fixtures', to: '/fixtures/services' },
  ],
  core: {
    disableTelemetry: true,
    // The root vite.config.ts builds the CDN bundle; Storybook gets a config of its own.
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
};

export default config;
