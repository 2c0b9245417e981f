/**
 * Language names for residents who read little Finnish: each language in its own script and in the
 * interface language ("العربية – arabia"), from the browser's Intl data, never a flag.
 */
const names = new Map<string, Intl.DisplayNames | undefined>();

function displayNames(locale: string): Intl.DisplayNames | undefined {
  if (!names.has(locale)) {
    try {
      names.set(locale, new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }));
    } catch {
      names.set(locale, undefined);
    }
  }
  return names.get(locale);
}

/**
 * Own names of the city's languages that some browsers' Intl data lacks (Chromium has no Somali,
 * Kurdish or Tigrinya names for themselves): the names their speakers write.
 */
const AUTONYMS: Record<string, string> = {
  so: 'Soomaali',
  ckb: 'کوردیی ناوەندی',
  ku: 'Kurdî',
  kmr: 'Kurdî (Kurmancî)',
  prs: 'دری',
  ps: 'پښتو',
  ti: 'ትግርኛ',
  am: 'አማርኛ',
  sh: 'Srpskohrvatski',
};

/** The language's own name for itself ("suomi", "العربية", "Soomaali"). */
export function autonym(code: string): string {
  const base = code.toLowerCase();
  const fromIntl = displayNames(code)?.of(code);
  const name = AUTONYMS[base] ?? (fromIntl && fromIntl.toLowerCase() !== base ? fromIntl : code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** The language's name in the interface language ("arabia" in Finnish). */
export const nameIn = (code: string, uiLocale: string): string => displayNames(uiLocale)?.of(code) ?? code;

/**
 * Both names for a plain-text context (an <option>): the autonym isolated with Unicode marks so a
 * right-to-left name cannot reorder the rest ("⁨العربية⁩ – arabia").
 */
export function bothNames(code: string, uiLocale: string): string {
  const own = autonym(code);
  const ui = nameIn(code, uiLocale);
  return own.toLocaleLowerCase(code) === ui.toLocaleLowerCase(uiLocale) ? own : `\u2068${own}\u2069 – ${ui}`;
}
