import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import { useFieldLabel, KeyedValue } from '../common/fields';
import { charDiff } from '../review/charDiff';
import { DiffText, diffStyles } from '../review/DiffText';
import { RelatedForm, type RelatedFormRef } from '../review/RelatedForm';
import { MaskedDiffSummary, MaskedDiffText, type MaskedDifference } from '../review/MaskedDiffText';

export interface FormFieldRow {
  field: { key: string; labelVi: string; labelEn: string; type?: string };
  value1: string | null;
  value2: string | null;
  finalValue: string | null;
  discrepancyId: string | null;
  /** Set when the caller sees this field masked: where the keyings differ, without the values. */
  maskedDifference?: MaskedDifference | null;
}

/** A CONSISTENCY discrepancy's other form of the household and that form's value. */
export interface RelatedOfDiscrepancy {
  relatedForm: RelatedFormRef | null;
  relatedValue: string | null;
}

/**
 * Every template field with both keyings and the final value, side by side. Rows with a
 * discrepancy are highlighted and their differing characters marked.
 */
export const FormFieldsTable = ({ rows, showFinal = true, related }: { rows: FormFieldRow[]; showFinal?: boolean; related?: ReadonlyMap<string, RelatedOfDiscrepancy> }) => {
  const translate = useTranslate();
  const label = useFieldLabel();
  return (
    <Table size="small" sx={{ tableLayout: 'fixed', ...diffStyles }} data-testid="form-fields-table">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 36 }}>#</TableCell>
          <TableCell sx={{ width: '24%' }}>{translate('dk.review.col_field')}</TableCell>
          <TableCell>{translate('dk.review.col_first')}</TableCell>
          <TableCell>{translate('dk.review.col_second')}</TableCell>
          {showFinal && <TableCell>{translate('dk.review.col_final')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => {
          const discrepant = Boolean(r.discrepancyId);
          const masked = discrepant ? r.maskedDifference ?? null : null;
          const diff = discrepant && !masked ? charDiff(r.value1, r.value2) : null;
          const rel = r.discrepancyId ? related?.get(r.discrepancyId) : undefined;
          const rowSx = discrepant ? { bgcolor: (t: Theme) => (t.palette.mode === 'light' ? '#fff7e6' : 'rgba(245,158,11,0.12)'), '& td:first-of-type': { boxShadow: 'inset 3px 0 0 #f59e0b' } } : undefined;
          return (
            <Fragment key={r.field.key}>
              <TableRow
                data-testid={`field-row-${r.field.key}`}
                data-discrepant={discrepant ? 'true' : undefined}
                sx={rel?.relatedForm ? { ...rowSx, '& td': { borderBottom: 0 } } : rowSx}
              >
                <TableCell sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
                <TableCell>
                  <Tooltip title={r.field.key} placement="top-start">
                    <Typography variant="body2" sx={{ fontWeight: discrepant ? 600 : 400 }}>
                      {label(r.field)}
                    </Typography>
                  </Tooltip>
                </TableCell>
                <TableCell>
                  {masked ? <MaskedDiffText diff={masked} side="a" type={r.field.type} /> : diff ? <DiffText segments={diff.a} empty={!r.value1} type={r.field.type} /> : <KeyedValue value={r.value1} type={r.field.type} />}
                </TableCell>
                <TableCell>
                  {masked ? <MaskedDiffText diff={masked} side="b" type={r.field.type} /> : diff ? <DiffText segments={diff.b} empty={!r.value2} type={r.field.type} /> : <KeyedValue value={r.value2} type={r.field.type} />}
                  {masked && <MaskedDiffSummary diff={masked} />}
                </TableCell>
                {showFinal && (
                  <TableCell>
                    {r.finalValue != null ? (
                      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                        <KeyedValue value={r.finalValue} type={r.field.type} />
                        {discrepant && r.finalValue === r.value1 && <Chip size="small" variant="outlined" label="1" />}
                        {discrepant && r.finalValue === r.value2 && r.finalValue !== r.value1 && <Chip size="small" variant="outlined" label="2" />}
                      </Box>
                    ) : (
                      <Typography variant="body2" color="text.disabled">
                        {translate('dk.common.none')}
                      </Typography>
                    )}
                  </TableCell>
                )}
              </TableRow>
              {rel?.relatedForm && (
                // CONSISTENCY: the household's other form, under the field it contradicts.
                <TableRow sx={rowSx}>
                  <TableCell sx={{ pt: 0 }} />
                  <TableCell colSpan={showFinal ? 4 : 3} sx={{ pt: 0 }}>
                    <RelatedForm testId={`field-related-${r.field.key}`} relatedForm={rel.relatedForm} relatedValue={rel.relatedValue} compareTo={r.value1} type={r.field.type} />
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
};
