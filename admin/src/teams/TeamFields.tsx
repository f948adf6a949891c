import { useRecordContext, useTranslate } from 'react-admin';
import { PROVINCE_NAME_BY_CODE } from '../common/provinces';

/** "001 · Hà Nội", or the number of batches for a team by batches. */
export const CoverageField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  if (r.batchIds?.length) return <span>{translate('resources.teams.scope.batches_count', { smart_count: r.batchIds.length })}</span>;
  if (r.provinceCode) return <span>{r.provinceCode} · {PROVINCE_NAME_BY_CODE[r.provinceCode] ?? '?'}</span>;
  return <span>—</span>;
};
