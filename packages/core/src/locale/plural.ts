import { pageLocale } from './page-locale.js';

const rules = new Map<string, Intl.PluralRules>();

/**
 * Chooses between singular and plural message by the interface language's plural rules
 * (Finnish, Swedish and English all have "one" and "other"). Pass each form as a function that
 * returns its msg(), so only the chosen one is evaluated:
 *
 *   plural(count, { one: () => msg(str`${count} measure`), other: () => msg(str`${count} measures`) })
 */
export function plural(count: number, forms: { one: () => string; other: () => string }): string {
  const { locale } = pageLocale();
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count) === 'one' ? forms.one() : forms.other();
}
