import { encode } from 'uqr';

/**
 * A QR code as one SVG path (uqr computes the modules): drawn with Lit's svg template from numbers
 * only, never from a markup string, and a four-module quiet zone.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x + 4} ${y + 4}h1v1h-1z` : '')));
  return { size: size + 8, d };
}
