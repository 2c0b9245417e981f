/**
 * The CDN build for web editors: packages/embed/dist/hki-widgets.js and one chunk per element,
 * everything bundled (Lit included), chunks loaded relative to the script so the folder works from
 * any path or CDN. Built as an application, not in library mode: library mode leaves whitespace in
 * ES output, and this bundle is what residents download.
 */
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  base: './',
  publicDir: false,
  // 'source' resolves the workspace packages to their TypeScript sources.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'packages/embed/dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { 'hki-widgets': 'packages/embed/src/hki-widgets.ts' },
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // An element's chunk is named after its folder (term-….js), not after its define module.
        chunkFileNames: (chunk) => {
          const folder = /\/src\/([^/]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return `chunks/${folder ?? '[name]'}-[hash].js`;
        },
      },
    },
  },
});
