// The one list of elements, elements.json at the root, read and checked for shape. Every script that
// needs the elements (gen-elements, size, new-element) reads them here.
import { readFileSync } from 'node:fs';

export const root = new URL('../..', import.meta.url).pathname;
export const LIST = 'elements.json';

export const TAG = /^hki-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const PACKAGE = /^[a-z][a-z0-9-]*$/;

/** The list's document ({ $comment, elements }) as it is on disk. */
export const readList = () => JSON.parse(readFileSync(`${root}${LIST}`, 'utf8'));

/** Where an element's define module sits in its package's exports: `./<folder>/define.js`. */
export const exportOf = (element) => `.${element.define.slice(`@hki-widgets/${element.package}`.length)}`;

/** The element's folder under the package's src/ (its define module's folder): `measure-card`. */
export const folderOf = (element) => exportOf(element).split('/').at(-2);

/** Problems with the list's own shape, as sentences (empty when it is sound). */
export function shapeProblems(elements) {
  const problems = [];
  const seen = new Set();
  if (!Array.isArray(elements)) return [`${LIST}: "elements" must be an array`];
  for (const [i, e] of elements.entries()) {
    const at = `${LIST}: element ${i + 1} (${e?.tag ?? 'no tag'})`;
    if (!TAG.test(e?.tag ?? '')) problems.push(`${at}: "tag" must be hki-<words>`);
    if (seen.has(e?.tag)) problems.push(`${at}: the tag is listed twice`);
    seen.add(e?.tag);
    if (!PACKAGE.test(e?.package ?? '')) problems.push(`${at}: "package" must be a package folder name`);
    if (!new RegExp(`^@hki-widgets/${e?.package}/([a-z0-9-]+/)+define\\.js$`).test(e?.define ?? '')) {
      problems.push(`${at}: "define" must be @hki-widgets/${e?.package}/<folder>/define.js`);
    }
    if (e?.prefetch !== undefined && !new RegExp(`^@hki-widgets/${e?.package}/([a-z0-9-]+/)+prefetch\\.js$`).test(e.prefetch)) {
      problems.push(`${at}: "prefetch" (optional) must be @hki-widgets/${e?.package}/<folder>/prefetch.js`);
    }
    if (e?.reserve !== undefined && !/^\d+(\.\d+)?(rem|vh|px)$/.test(e.reserve))
      problems.push(`${at}: "reserve" (optional) must be a length in rem, vh or px`);
    if (typeof e?.docs !== 'string' || !e.docs.endsWith('.md')) problems.push(`${at}: "docs" must be the path of its Markdown page`);
    const size = e?.size;
    if (typeof size?.page !== 'string' || typeof size?.html !== 'string' || !size.html.includes(`<${e?.tag}`) || !(size?.budget > 0)) {
      problems.push(`${at}: "size" must be { page, html (with <${e?.tag}>), budget (bytes, gzip) }`);
    }
    const c = e?.configurator;
    if (c !== undefined && (typeof c?.name !== 'string' || typeof c?.summary !== 'string'))
      problems.push(`${at}: "configurator" must be { name, summary }`);
  }
  return problems;
}

/** The elements, in the list's order; exits with the problems when the list is not sound. */
export function readElements() {
  const { elements } = readList();
  const problems = shapeProblems(elements);
  if (problems.length) {
    for (const p of problems) console.error(p);
    process.exit(1);
  }
  return elements;
}
