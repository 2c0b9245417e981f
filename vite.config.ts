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
    // An element's chunk and every chunk it imports are requested at once (modulepreload), not one
    // after another as each is parsed; browsers without modulepreload still work, a little later.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rollupOptions: {
      input: { 'hki-widgets': 'packages/embed/src/hki-widgets.ts' },
      // The modules both hki-widgets.js and the element chunks use (the prefetchers' data loaders,
      // Vite's preload helper) stay in hki-widgets.js instead of a chunk of their own it would have
      // to wait for: the entry may export more than it declares (nobody imports it by name).
      preserveEntrySignatures: 'allow-extension',
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
