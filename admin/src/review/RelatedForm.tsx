import OpenIcon from '@mui/icons-material/OpenInNew';
import HouseholdIcon from '@mui/icons-material/HomeOutlined';
import { Box, Chip, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { KeyedValue } from '../common/fields';
import { charDiff } from './charDiff';
import { DiffText } from './DiffText';

/** The other form of the household a CONSISTENCY discrepancy's value contradicts. */
export interface RelatedFormRef {
  id: string;
  formNumber: string;
  batch: { code: string };
}

interface Props {
  relatedForm: RelatedFormRef | null | undefined;
  relatedValue: string | null | undefined;
  type?: string;
  /** This form's value: the letters of the related value that differ from it are marked (diffStyles on a container). */
  compareTo?: string | null;
  /** In the review screen: opens the form in a new tab so the review session stays. */
  newTab?: boolean;
  /** Takes the other form's value as the typed value; absent where nothing is being resolved. */
  onUse?: (value: string) => void;
  testId?: string;
  /** In a column already titled "Other form of the household": the link and the value only. */
  bare?: boolean;
}

/** A masked value (the server stars out what this viewer may not read) is never offered to type. */
const masked = (v: string) => v.includes('*');

/**
 * "Other form of the household: form 000123 (batch X)", linked to that form, and under it that
 * form's value. Renders nothing for discrepancies without a related form (every kind but CONSISTENCY).
 */
export const RelatedForm = ({ relatedForm, relatedValue, type, compareTo, newTab, onUse, testId, bare }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!relatedForm) return null;
  const to = createPath({ resource: 'forms', id: relatedForm.id, type: 'show' });
  return (
    <Box data-testid={testId} sx={{ mt: bare ? 0 : 0.5, fontSize: '0.78rem' }}>
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
        {!bare && (
          <>
            <HouseholdIcon sx={{ fontSize: 15, color: 'text.secondary' }} />
            <Typography variant="caption" color="text.secondary">
              {translate('dk.review.related_form')}
            </Typography>
          </>
        )}
        <Link
          to={to}
          data-testid="disc-related-link"
          {...(newTab && { target: '_blank', rel: 'noopener', title: translate('dk.review.related_new_tab') })}
          // Keep the keyboard focus where the review shortcuts listen, and the row unselected.
          onMouseDown={(e: React.MouseEvent) => newTab && e.preventDefault()}
          onClick={(e: React.MouseEvent) => e.stopPropagation()}
          sx={{ fontSize: '0.78rem', display: 'inline-flex', alignItems: 'center', gap: 0.25, whiteSpace: 'nowrap' }}
        >
          {translate('dk.review.related_form_number', { form: relatedForm.formNumber, batch: relatedForm.batch.code })}
          {newTab && <OpenIcon sx={{ fontSize: 12 }} />}
        </Link>
      </Box>
      <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', alignItems: 'center', pl: bare ? 0 : '19px', mt: 0.25 }}>
        <Box component="span" data-testid="disc-related-value">
          {compareTo != null && relatedValue ? <DiffText segments={charDiff(compareTo, relatedValue).b} type={type} /> : <KeyedValue value={relatedValue} type={type} />}
        </Box>
        {onUse && relatedValue && !masked(relatedValue) && (
          <Chip
            size="small"
            variant="outlined"
            color="primary"
            label={translate('dk.review.related_use')}
            data-testid="disc-related-use"
            sx={{ height: 20, fontSize: '0.7rem' }}
            // Keep the focus where the keyboard shortcuts listen (Enter submits).
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => {
              e.stopPropagation();
              onUse(relatedValue);
            }}
          />
        )}
      </Box>
    </Box>
  );
};
