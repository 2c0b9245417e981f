import { defaultClientConditions, defineConfig } from 'vite';

// Storybook's own Vite settings: the workspace packages resolve to their TypeScript sources
// ('source' export condition), as in the tests and the CDN build.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
});
