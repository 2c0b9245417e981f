/**
 * Language names for residents who read little Finnish: each language in its own script and in the
 * interface language ("العربية – arabia"), from the browser's Intl data, never a flag. A code that
 * is not a well-formed language tag (`xx_YY`, `%`) is named by itself: these never throw.
 */
const names = new Map<string, Intl.DisplayNames | undefined>();

/** The code as a locale Intl accepts, or undefined when it is not a well-formed language tag. */
function wellFormed(code: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}

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

/** Names looked up so far, by locale and code: a page of cards names the same few languages again and again. */
const looked = new Map<string, string | undefined>();

/** The name of a well-formed code in a locale, from Intl. */
function intlName(code: string, locale: string): string | undefined {
  const key = `${locale}\u0000${code}`;
  if (looked.has(key)) return looked.get(key);
  let name: string | undefined;
  try {
    name = displayNames(locale)?.of(code);
  } catch {
    name = undefined;
  }
  looked.set(key, name);
  return name;
}

/**
 * Own names of the city's languages that some browsers' Intl data lacks (Chromium has no Somali,
 * Kurdish or Tigrinya names for themselves): the names their speakers write.
 */
const AUTONYMS = new Map<string, string>([
  ['so', 'Soomaali'],
  ['ckb', 'کوردیی ناوەندی'],
  ['ku', 'Kurdî'],
  ['kmr', 'Kurdî (Kurmancî)'],
  ['prs', 'دری'],
  ['ps', 'پښتو'],
  ['ti', 'ትግርኛ'],
  ['am', 'አማርኛ'],
  ['sh', 'Srpskohrvatski'],
]);

/** The language's own name for itself ("suomi", "العربية", "Soomaali"). */
export function autonym(code: string): string {
  if (!wellFormed(code)) return code;
  const base = code.toLowerCase();
  const fromIntl = intlName(code, code);
  const name = AUTONYMS.get(base) ?? (fromIntl && fromIntl.toLowerCase() !== base ? fromIntl : code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** The language's name in the interface language ("arabia" in Finnish). */
export const nameIn = (code: string, uiLocale: string): string => (wellFormed(code) && intlName(code, uiLocale)) || code;

/**
 * Both names for a plain-text context (an <option>): the autonym isolated with Unicode marks so a
 * right-to-left name cannot reorder the rest ("⁨العربية⁩ – arabia").
 */
export function bothNames(code: string, uiLocale: string): string {
  if (!wellFormed(code)) return code;
  const own = autonym(code);
  const ui = nameIn(code, uiLocale);
  return own.toLocaleLowerCase(code) === ui.toLocaleLowerCase(uiLocale) ? own : `\u2068${own}\u2069 – ${ui}`;
}
