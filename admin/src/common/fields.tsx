import { Chip, Typography, type ChipProps } from '@mui/material';
import { DateField, Link, useFieldValue, useLocaleState, useRecordContext, useTranslate, type DateFieldProps } from 'react-admin';
import { ENUM_TONES, type EnumName } from './enums';
import { MONO_STACK } from '../theme';
import { DATE_OPTIONS, DATE_TIME_OPTIONS, dateLocale } from './dates';

/** A translated, coloured chip for one of the API's enums. */
export const EnumField = ({ source, enumName, size = 'small' }: { source: string; enumName: EnumName; label?: string; sortable?: boolean; size?: ChipProps['size'] }) => {
  const value = useFieldValue({ source }) as string | null | undefined;
  const translate = useTranslate();
  if (!value) return null;
  const tone = ENUM_TONES[enumName]?.[value] ?? 'default';
  return <Chip size={size} color={tone} variant={tone === 'default' ? 'outlined' : 'filled'} label={translate(`dk.enums.${enumName}.${value}`, { _: value })} sx={{ fontWeight: 500, width: 'fit-content' }} />;
};

export const EnumText = ({ enumName, value }: { enumName: EnumName; value: string | null | undefined }) => {
  const translate = useTranslate();
  return <>{value ? translate(`dk.enums.${enumName}.${value}`, { _: value }) : ''}</>;
};

/** Date and time in the one format of the interface language (common/dates: dd/mm/yyyy hh:mm). */
export const DateTimeField = (props: DateFieldProps & { dateOnly?: boolean }) => {
  const [locale] = useLocaleState();
  const { dateOnly, ...rest } = props;
  return (
    <DateField
      showTime={!dateOnly}
      locales={dateLocale(locale)}
      options={dateOnly ? DATE_OPTIONS : DATE_TIME_OPTIONS}
      sx={{ whiteSpace: 'nowrap', ...rest.sx }}
      {...rest}
    />
  );
};

/** A keyed value as typed: monospace-free but with empty and illegible values made visible. */
export const KeyedValue = ({ value, illegible, type }: { value: string | null | undefined; illegible?: boolean; type?: string }) => {
  const translate = useTranslate();
  if (illegible) return <Typography component="span" variant="body2" sx={{ color: 'warning.main', fontStyle: 'italic' }}>{translate('dk.common.illegible')}</Typography>;
  if (value == null || value === '') return <Typography component="span" variant="body2" sx={{ color: 'text.disabled', fontStyle: 'italic' }}>{translate('dk.common.empty')}</Typography>;
  return <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap', ...monoSx(type) }}>{value}</Typography>;
};

/** A text field shown in monospace, for codes and numbers clerks compare digit by digit. */
export const MonoField = ({ source }: { source: string; label?: string; sortable?: boolean }) => {
  const value = useFieldValue({ source });
  if (value == null) return null;
  return <Typography component="span" variant="body2" sx={{ fontFamily: MONO_STACK, fontSize: '0.82rem' }}>{String(value)}</Typography>;
};

/** Field label from the template, in the interface language. */
export function useFieldLabel() {
  const [locale] = useLocaleState();
  return (f: { labelVi: string; labelEn: string } | null | undefined, key?: string) => (f ? (locale === 'en' ? f.labelEn : f.labelVi) : key ?? '');
}

export const TemplateFieldLabel = ({ source = 'field' }: { source?: string; label?: string; sortable?: boolean; sortBy?: string }) => {
  const record = useRecordContext();
  const label = useFieldLabel();
  const f = record?.[source] as { labelVi: string; labelEn: string; key?: string } | undefined;
  if (!record) return null;
  return (
    <span title={f?.key ?? record.fieldKey}>
      {label(f, record.fieldKey)}
    </span>
  );
};

/**
 * A link to a related row whose fields came embedded in the query (no extra request):
 * `<EmbeddedLink source="form" resource="forms" text={(f) => f.formNumber} />`.
 */
export const EmbeddedLink = ({ source, resource, text, linkable = true }: { source: string; resource: string; text: (v: any) => string; label?: string; sortable?: boolean; linkable?: boolean }) => {
  const v = useFieldValue({ source }) as { id: string } | null | undefined;
  if (!v) return null;
  if (!linkable) return <span style={{ whiteSpace: 'nowrap' }}>{text(v)}</span>;
  return (
    <Link to={`/${resource}/${v.id}/show`} onClick={(e: React.MouseEvent) => e.stopPropagation()} sx={{ whiteSpace: 'nowrap' }}>
      {text(v)}
    </Link>
  );
};

/** Digits are compared digit by digit: identity numbers, phones and dates read better in monospace. */
export const MONO_TYPES = new Set(['CITIZEN_ID', 'OLD_ID', 'PHONE', 'DATE']);
export const monoSx = (type: string | undefined) => (type && MONO_TYPES.has(type) ? { fontFamily: MONO_STACK, fontSize: '0.82rem', letterSpacing: '0.02em' } : {});
