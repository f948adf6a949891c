import polyglotI18nProvider from 'ra-i18n-polyglot';
import vi from './vi';
import en from './en';

export const LOCALES = [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
];

/** Vietnamese by default; the choice is remembered by react-admin's store (localStorage). */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : vi), 'vi', LOCALES);
