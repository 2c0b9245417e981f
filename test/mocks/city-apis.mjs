// Local mocks of the city's three public APIs (Service Map v2, TPR v4 and Hauki v1), and any file of
// the repository answered late (`/__mock/delay-MS/<path>`), shared by the
// browser tests (a @web/test-runner middleware) and `npm run bench` (scripts/lib/browser.mjs).
// Each mock answers a URL with `{ status, type, body, delayMs }` or `undefined` when the URL is not its own.
import { serviceMapMock } from './servicemap.mjs';
import { haukiMock } from './hauki.mjs';
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';

const repository = new URL('../../', import.meta.url).pathname;

/**
 * A file of the repository answered late: `/__mock/delay-MS/<path>` (for a widget's loading state,
 * whatever data it reads). Paths outside the repository are not served.
 */
async function delayedFile(url) {
  const match = /^\/__mock\/delay-(\d+)\/(.+)$/.exec(url.pathname);
  if (!match) return undefined;
  const file = normalize(`${repository}${decodeURIComponent(match[2])}`);
  if (!file.startsWith(repository)) return { status: 404, body: '' };
  const body = await readFile(file, 'utf8').catch(() => undefined);
  return body === undefined ? { status: 404, body: '' } : { body, delayMs: Number(match[1]) };
}

/** Every mock's prefix: requests under it are answered here. */
export const MOCK_PREFIX = '/__mock/';

/**
 * The answer to one mock URL, or undefined when no mock serves it.
 * @param {URL} url
 * @returns {Promise<{ status?: number, type?: string, body: string, delayMs?: number } | undefined>}
 */
export async function answerMock(url) {
  if (!url.pathname.startsWith(MOCK_PREFIX)) return undefined;
  return (await delayedFile(url)) ?? (await serviceMapMock(url)) ?? (await haukiMock(url));
}

/** The mocks as a Koa middleware (what @web/test-runner's dev server takes). */
export async function cityApisMiddleware(context, next) {
  const answer = await answerMock(new URL(context.url, context.origin));
  if (!answer) return next();
  if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
  context.status = answer.status ?? 200;
  context.type = answer.type ?? 'json';
  context.body = answer.body;
  return undefined;
}
