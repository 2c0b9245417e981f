/**
 * The CDN build for web editors: packages/embed/dist/hki-widgets.js and one chunk per element,
 * everything bundled (Lit included), chunks loaded relative to the script so the folder works from
 * any path or CDN. Built as an application, not in library mode: library mode leaves whitespace in
 * ES output, and this bundle is what residents download.
 */
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/**
 * Vite's helper that preloads a dynamic import's chunks (1.8 kB, with CSS and error-event handling
 * this bundle has no use for), replaced by the part we use: one `<link rel="modulepreload">` per
 * chunk, once, then the import. Every page loads it (it lives in hki-widgets.js): 0.6 kB less each.
 */
function smallPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'hki:small-preload-helper',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : undefined),
    load: (source) =>
      source === id
        ? `const seen = new Set();
export const __vitePreload = (load, deps, importer) => {
  for (const dep of deps ?? []) {
    const href = new URL(dep, importer).href;
    if (seen.has(href)) continue;
    seen.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return load();
};`
        : undefined,
  };
}

/** CSS text outside quotes with comments dropped and whitespace collapsed (quoted strings kept as they are). */
export function minifyCssText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (/\s/.test(c)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      const prev = out.at(-1) ?? '';
      const next = text[i] ?? '';
      if (prev && !'{};,(:'.includes(prev) && !'{};,)!'.includes(next)) out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Lit's css`` templates, minified: comments and indentation are most of their text, and every page
 * downloads them. Only the literal parts change; `${…}` expressions are left as they are.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'hki:minify-lit-css',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.+\.ts$/.test(id) || !code.includes('css`')) return undefined;
      let out = '';
      let at = 0;
      for (let start = code.indexOf('css`'); start >= 0; start = code.indexOf('css`', at)) {
        out += code.slice(at, start + 4);
        let i = start + 4;
        let literal = '';
        while (i < code.length && code[i] !== '`') {
          if (code[i] === '\\') {
            literal += code.slice(i, i + 2);
            i += 2;
          } else if (code[i] === '$' && code[i + 1] === '{') {
            out += minifyCssText(literal);
            literal = '';
            let depth = 0;
            const from = i;
            for (; i < code.length; i++) {
              if (code[i] === '{') depth++;
              else if (code[i] === '}' && --depth === 0) break;
            }
            out += code.slice(from, i + 1);
            i++;
          } else literal += code[i++];
        }
        out += minifyCssText(literal) + '`';
        at = i + 1;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [smallPreloadHelper(), minifyLitCss()],
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
      input: { 'hki-widgets': 'packages/embed/src/hki-widgets.ts', prerender: 'packages/embed/src/prerender.ts' },
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
