import OpenIcon from '@mui/icons-material/OpenInNew';
import HouseholdIcon from '@mui/icons-material/HomeOutlined';
import { Box, Chip, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { KeyedValue } from '../common/fields';

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
 * "Other form of the household: 000123 (batch X) — value", linked to that form. Renders nothing
 * for discrepancies without a related form (every kind but CONSISTENCY).
 */
export const RelatedForm = ({ relatedForm, relatedValue, type, newTab, onUse, testId, bare }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!relatedForm) return null;
  const to = createPath({ resource: 'forms', id: relatedForm.id, type: 'show' });
  return (
    <Box data-testid={testId} sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center', mt: bare ? 0 : 0.5, fontSize: '0.78rem' }}>
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
      <Typography variant="caption" color="text.secondary">
        —
      </Typography>
      <Box component="span" data-testid="disc-related-value">
        <KeyedValue value={relatedValue} type={type} />
      </Box>
      {onUse && relatedValue && !masked(relatedValue) && (
        <Chip
          size="small"
          variant="outlined"
          color="primary"
          label={translate('dk.review.related_use')}
          data-testid="disc-related-use"
          // Keep the focus where the keyboard shortcuts listen (Enter submits).
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => {
            e.stopPropagation();
            onUse(relatedValue);
          }}
        />
      )}
    </Box>
  );
};
