import { Box, Chip, InputBase, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { alpha, type Theme } from '@mui/material/styles';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { EnumText, KeyedValue, useFieldLabel } from '../common/fields';
import { charDiff } from './charDiff';
import { DiffText, diffStyles } from './DiffText';
import type { Choice, ChoiceKind, ReviewDiscrepancy, ReviewRow } from './reviewApi';

interface Props {
  rows: ReviewRow[];
  discrepancies: ReviewDiscrepancy[];
  choices: Record<string, Choice>;
  activeId: string | null;
  editingId: string | null;
  draft: string;
  problemIds: Set<string>;
  onActivate: (id: string) => void;
  onChoose: (id: string, choice: ChoiceKind) => void;
  onStartEdit: (id: string) => void;
  onDraftChange: (v: string) => void;
  onConfirmEdit: () => void;
  onCancelEdit: () => void;
}

const chosenCell = (t: Theme) => ({ boxShadow: `inset 0 0 0 2px ${t.palette.success.main}`, bgcolor: alpha(t.palette.success.main, 0.1) });

/** All template fields; the discrepant ones are highlighted, diffed and choosable. */
export const ReviewTable = (p: Props) => {
  const translate = useTranslate();
  const label = useFieldLabel();
  const activeRef = useRef<HTMLTableRowElement | null>(null);
  const byId = useMemo(() => new Map(p.discrepancies.map((d) => [d.id, d])), [p.discrepancies]);
  const diffs = useMemo(() => new Map(p.discrepancies.map((d) => [d.id, charDiff(d.value1, d.value2)])), [p.discrepancies]);

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [p.activeId]);

  return (
    <Table size="small" stickyHeader sx={{ tableLayout: 'fixed', ...diffStyles, '& td': { verticalAlign: 'top', py: 0.75 } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 34 }}>{translate('dk.review.col_no')}</TableCell>
          <TableCell sx={{ width: '24%' }}>{translate('dk.review.col_field')}</TableCell>
          <TableCell>{translate('dk.review.col_first')}</TableCell>
          <TableCell>{translate('dk.review.col_second')}</TableCell>
          <TableCell sx={{ width: '27%' }}>{translate('dk.review.col_final')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {p.rows.map((r, i) => {
          const d = r.discrepancyId ? byId.get(r.discrepancyId) : undefined;
          if (!d) {
            return (
              <TableRow key={r.field.key} data-testid={`field-row-${r.field.key}`} sx={{ '& td': { color: 'text.secondary' } }}>
                <TableCell>{i + 1}</TableCell>
                <TableCell>
                  <Typography variant="body2" title={r.field.key}>{label(r.field)}</Typography>
                </TableCell>
                <TableCell><KeyedValue value={r.value1} type={r.field.type} /></TableCell>
                <TableCell><KeyedValue value={r.value2} type={r.field.type} /></TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
                    <KeyedValue value={r.value1} type={r.field.type} />
                    <Typography variant="caption" color="text.disabled">{translate('dk.review.agreed')}</Typography>
                  </Box>
                </TableCell>
              </TableRow>
            );
          }
          const c = p.choices[d.id];
          const active = p.activeId === d.id;
          const editing = p.editingId === d.id;
          const flagged = p.problemIds.has(d.id);
          const diff = diffs.get(d.id)!;
          return (
            <TableRow
              key={r.field.key}
              ref={active ? activeRef : undefined}
              data-testid={`disc-row-${r.field.key}`}
              data-discrepancy-id={d.id}
              data-active={active ? 'true' : 'false'}
              data-choice={c ? (c.illegible ? 'ILLEGIBLE' : c.choice) : ''}
              aria-selected={active}
              onClick={() => p.onActivate(d.id)}
              sx={(t) => ({
                cursor: 'pointer',
                bgcolor: flagged ? alpha(t.palette.error.main, 0.1) : c ? alpha(t.palette.success.main, 0.05) : t.palette.mode === 'light' ? '#fff7e6' : alpha('#f59e0b', 0.12),
                '& td:first-of-type': { boxShadow: `inset 4px 0 0 ${flagged ? t.palette.error.main : c ? t.palette.success.main : '#f59e0b'}` },
                ...(active && { outline: `2px solid ${t.palette.primary.main}`, outlineOffset: -2 }),
              })}
            >
              <TableCell sx={{ fontWeight: 700 }}>{i + 1}</TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 600 }} title={r.field.key}>{label(r.field)}</Typography>
                <Typography variant="caption" color="text.secondary"><EnumText enumName="DiscrepancyKind" value={d.kind} /></Typography>
              </TableCell>
              <TableCell
                data-testid={`disc-first-${r.field.key}`}
                onClick={(e) => {
                  e.stopPropagation();
                  p.onChoose(d.id, 'FIRST');
                }}
                sx={(t) => (c?.choice === 'FIRST' ? chosenCell(t) : { '&:hover': { bgcolor: 'action.hover' } })}
              >
                <Box component="span" sx={{ mr: 0.75, color: 'text.disabled', fontSize: '0.7rem', fontWeight: 700 }}>1</Box>
                <DiffText segments={diff.a} empty={!d.value1} type={r.field.type} />
              </TableCell>
              <TableCell
                data-testid={`disc-second-${r.field.key}`}
                onClick={(e) => {
                  e.stopPropagation();
                  p.onChoose(d.id, 'SECOND');
                }}
                sx={(t) => (c?.choice === 'SECOND' ? chosenCell(t) : { '&:hover': { bgcolor: 'action.hover' } })}
              >
                <Box component="span" sx={{ mr: 0.75, color: 'text.disabled', fontSize: '0.7rem', fontWeight: 700 }}>2</Box>
                <DiffText segments={diff.b} empty={!d.value2} type={r.field.type} />
              </TableCell>
              <TableCell
                data-testid={`disc-final-${r.field.key}`}
                onDoubleClick={(e) => {
                  e.stopPropagation();
                  p.onStartEdit(d.id);
                }}
                sx={(t) => (c?.choice === 'VALUE' && !editing ? chosenCell(t) : {})}
              >
                {editing ? (
                  <Box>
                    <InputBase
                      autoFocus
                      fullWidth
                      value={p.draft}
                      placeholder={translate('dk.review.edit_placeholder')}
                      onChange={(e) => p.onDraftChange(e.target.value)}
                      onFocus={(e) => e.target.select()}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          e.stopPropagation();
                          p.onConfirmEdit();
                        } else if (e.key === 'Escape') {
                          e.preventDefault();
                          e.stopPropagation();
                          p.onCancelEdit();
                        }
                      }}
                      inputProps={{ 'data-testid': 'edit-input', 'aria-label': translate('dk.review.edit_placeholder'), spellCheck: false, lang: 'vi' }}
                      sx={(t) => ({ px: 0.75, py: 0.25, border: `2px solid ${t.palette.primary.main}`, borderRadius: 1, bgcolor: 'background.paper', fontSize: '0.875rem' })}
                    />
                    <Typography variant="caption" color="text.secondary">{translate('dk.review.edit_hint')}</Typography>
                  </Box>
                ) : c ? (
                  <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 0.75, flexWrap: 'wrap' }}>
                    {c.choice === 'VALUE' && c.illegible ? (
                      <KeyedValue value={null} illegible />
                    ) : (
                      <KeyedValue value={c.choice === 'FIRST' ? d.value1 : c.choice === 'SECOND' ? d.value2 : c.value} type={r.field.type} />
                    )}
                    <Chip
                      size="small"
                      color="success"
                      variant="outlined"
                      sx={{ height: 18, fontSize: '0.68rem' }}
                      label={c.choice === 'FIRST' ? '1' : c.choice === 'SECOND' ? '2' : c.illegible ? translate('dk.review.illegible') : translate('dk.review.typed')}
                    />
                  </Box>
                ) : (
                  <Tooltip title="1 · 2 · E · I">
                    <Typography variant="body2" sx={{ color: 'warning.main', fontStyle: 'italic' }}>
                      {translate('dk.review.not_chosen')}
                    </Typography>
                  </Tooltip>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
