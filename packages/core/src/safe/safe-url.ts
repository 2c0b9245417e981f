/** The only kinds of link rendered from data. */
export const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/**
 * Returns a link target from data when it is an http(s), mailto or tel URL (relative URLs resolve
 * against the page); otherwise undefined, with a console warning naming where it came from.
 */
export function safeHref(value: unknown, context = 'hki-widgets'): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), document.baseURI);
  } catch {
    console.warn(`[${context}] dropped a link that is not a valid URL: ${JSON.stringify(value)}`);
    return undefined;
  }
  if (!(SAFE_PROTOCOLS as readonly string[]).includes(url.protocol)) {
    console.warn(
      `[${context}] dropped a link with the protocol "${url.protocol}" (only ${SAFE_PROTOCOLS.join(', ')} are rendered): ${JSON.stringify(value)}`,
    );
    return undefined;
  }
  return url.href;
}
