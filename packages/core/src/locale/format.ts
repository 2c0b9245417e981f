/**
 * Numbers and dates in Finnish style in every interface language, as the Helsinki Design System
 * advises for the city's services: a space groups thousands, a comma marks decimals, dates read
 * 28.5.2018.
 */
const FORMAT_LOCALE = 'fi-FI';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(FORMAT_LOCALE, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** 15000 → "15 000"; 14.25 → "14,25". */
export const formatNumber = (value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string =>
  numberFormat(options).format(value);

/** A percentage given in percent units: 15 → "15 %", 14.2 → "14,2 %". */
export const formatPercent = (value: number, maximumFractionDigits = 1): string =>
  numberFormat({ style: 'percent', maximumFractionDigits }).format(value / 100);

/** An ISO date (2018-05-28) → "28.5.2018"; anything unparseable is returned as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(FORMAT_LOCALE, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(date);
}
