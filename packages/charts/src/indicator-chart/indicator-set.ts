/** The measure set whose bundled slice holds an indicator, from its id (the whole package otherwise). */
export function setOfIndicator(id: string): string | undefined {
  if (/^edu-\d+$/.test(id) || id.startsWith('i-4-')) return '4';
  return /^i-(\d+)[.-]/.exec(id)?.[1];
}
