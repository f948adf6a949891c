import { useRecordContext } from 'react-admin';
import { RelatedForm } from '../review/RelatedForm';

/** A discrepancy record's related form (link) and value: CONSISTENCY rows only, empty otherwise. */
export const RelatedFormField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  if (!r?.relatedForm) return null;
  return <RelatedForm bare testId={`related-${r.fieldKey}`} relatedForm={r.relatedForm} relatedValue={r.relatedValue} compareTo={r.value1} type={r.field?.type} />;
};
