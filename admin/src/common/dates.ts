/**
 * One date format per language, everywhere (lists, detail pages, dashboard, dialogs): day first,
 * two-digit day and month, four-digit year, 24-hour time. English uses en-GB for this: en-US
 * would put the month first ("12/5/26"), which reads as the 12th of May next to "05/12/2026".
 */
export const dateLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'vi-VN');

export const DATE_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS, hour: '2-digit', minute: '2-digit', hour12: false };

const valid = (v: string | number | Date | null | undefined): Date | null => {
  if (v == null || v === '') return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
};

export function formatDate(v: string | number | Date | null | undefined, locale: string): string {
  const d = valid(v);
  return d ? d.toLocaleDateString(dateLocale(locale), DATE_OPTIONS) : '—';
}

export function formatDateTime(v: string | number | Date | null | undefined, locale: string): string {
  const d = valid(v);
  return d ? d.toLocaleString(dateLocale(locale), DATE_TIME_OPTIONS) : '—';
}
