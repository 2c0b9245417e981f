// custom-elements.json, generated from the elements' JSDoc; Storybook reads it for its controls
// and API tables, so the docs cannot drift from the code.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/*/src/**/*.styles.ts', 'packages/core/src/generated/**', 'packages/data/**', 'packages/embed/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
