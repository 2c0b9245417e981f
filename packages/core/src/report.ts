/**
 * One console line per element and problem: a widget re-renders often, and a resident's console
 * (or an editor's) should say each thing once, naming the element and exactly what was wrong.
 */
const reported = new WeakMap<Element, Set<string>>();

export function reportOnce(element: Element, problem: string, level: 'error' | 'warn' = 'error'): void {
  let seen = reported.get(element);
  if (!seen) reported.set(element, (seen = new Set()));
  if (seen.has(problem)) return;
  seen.add(problem);
  console[level](`[${element.localName}] ${problem}`);
}
