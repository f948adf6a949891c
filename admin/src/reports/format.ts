import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { dateLocale, formatDate, formatDateTime } from '../common/dates';

/** Numbers and percentages in the chosen locale (vi: 1.234,5 · en: 1,234.5). */
export function useFormat() {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const tag = locale === 'en' ? 'en-US' : 'vi-VN';
    const int = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    const dec = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
    const pct = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    // Units from Intl, so in the reader's language ("3,5 phút", not "3,5 min").
    const seconds = new Intl.NumberFormat(tag, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 });
    const minutes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 });
    const none = '—';
    return {
      tag,
      locale,
      int: (v: number | null | undefined) => (v == null ? none : int.format(v)),
      dec: (v: number | null | undefined) => (v == null ? none : dec.format(v)),
      pct: (v: number | null | undefined) => (v == null ? none : pct.format(v)),
      /** "1,23% (0,98–1,50%)": a rate with its 95% Wilson interval. */
      pctCi: (v: number | null | undefined, lo: number | null | undefined, hi: number | null | undefined) =>
        v == null ? none : lo == null || hi == null ? pct.format(v) : `${pct.format(v)} (${pct.format(lo)}–${pct.format(hi)})`,
      /** Seconds as "42 giây" / "42 sec" or "3,5 phút" / "3.5 min". */
      secs: (v: number | null | undefined) => (v == null ? none : v < 90 ? seconds.format(v) : minutes.format(v / 60)),
      /** An instant as a date, or a date and time, in the one format of the language (common/dates). */
      date: (v: string | null | undefined) => formatDate(v, locale),
      dateTime: (v: string | null | undefined) => formatDateTime(v, locale),
      /** Age of a moment as "3 d 4 h", "2 h 5 min" or "12 min" (units from Intl, so translated). */
      age: (iso: string | null | undefined, now = Date.now()) => {
        if (!iso) return none;
        const mins = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
        const unit = (n: number, u: 'day' | 'hour' | 'minute') => new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'narrow' }).format(n);
        if (mins >= 1440) return `${unit(Math.floor(mins / 1440), 'day')} ${unit(Math.floor((mins % 1440) / 60), 'hour')}`;
        if (mins >= 60) return `${unit(Math.floor(mins / 60), 'hour')} ${unit(mins % 60, 'minute')}`;
        return unit(mins, 'minute');
      },
      /** YYYY-MM-DD as a short local date. */
      day: (d: string | null | undefined) => {
        if (!d) return none;
        const [y, m, dd] = d.split('-').map(Number);
        return new Date(y, m - 1, dd).toLocaleDateString(dateLocale(locale), { day: '2-digit', month: '2-digit' });
      },
    };
  }, [locale]);
}

/** Local calendar day as YYYY-MM-DD. */
export const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const daysAgo = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return isoDay(d);
};

/** Monday of the current week. */
export const startOfWeek = () => {
  const d = new Date();
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return isoDay(d);
};

export type ReportFilter = { from?: string; to?: string; batchId?: string; provinceCode?: string; templateCode?: string };

/** Drops empty values so that the API sees only the filters in use. */
export const cleanFilter = (f: ReportFilter): ReportFilter =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v != null && v !== '')) as ReportFilter;
