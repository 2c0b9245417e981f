/**
 * A property's value as text. Frameworks and scripts set properties, not only attributes: `null`
 * for "unset", a number, an object by mistake. Strings stay as they are, numbers and booleans
 * become their text, anything else is empty, so `.trim()` and `.split()` never throw.
 */
export const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
