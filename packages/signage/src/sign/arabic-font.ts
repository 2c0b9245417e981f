let fontRequested = false;

/** Loads Noto Sans Arabic (OFL), once per page, only when a right-to-left language is on a sign. */
export function loadArabicFont(): void {
  if (fontRequested || typeof FontFace === 'undefined') return;
  fontRequested = true;
  for (const [weight, file] of [
    ['400', new URL('../fonts/noto-sans-arabic-400.woff2', import.meta.url)],
    ['700', new URL('../fonts/noto-sans-arabic-700.woff2', import.meta.url)],
  ] as const) {
    const face = new FontFace('Noto Sans Arabic', `url(${file.href}) format('woff2')`, { weight, style: 'normal', display: 'swap' });
    document.fonts.add(face);
    face.load().catch(() => console.warn('[hki-sign] Noto Sans Arabic could not be loaded; the device font is used instead'));
  }
}
