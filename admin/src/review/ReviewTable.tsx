import RuleIcon from '@mui/icons-material/ReportProblemOutlined';
import { Box, Chip, InputBase, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { alpha, type Theme } from '@mui/material/styles';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { EnumText, KeyedValue, monoSx, useFieldLabel } from '../common/fields';
import { charDiff } from './charDiff';
import { DiffText, diffStyles } from './DiffText';
import { CHECK_KINDS, ILLEGIBLE, spotKey, type CheckWarning, type Choice, type ChoiceKind, type ReviewDiscrepancy, type ReviewRow } from './reviewApi';
import { RelatedForm } from './RelatedForm';
import { useRuleNote } from './ruleNote';

interface Props {
  /** review: choose between the keyings of each discrepancy; spot: confirm or correct an agreed record */
  mode: 'review' | 'spot';
  taskId: string;
  rows: ReviewRow[];
  discrepancies: ReviewDiscrepancy[];
  choices: Record<string, Choice>;
  activeId: string | null;
  editingId: string | null;
  draft: string;
  problemIds: Set<string>;
  /** Review mode: runs of agreed rows fold into one line */
  hideAgreed: boolean;
  onActivate: (id: string) => void;
  onChoose: (id: string, choice: ChoiceKind) => void;
  /** Takes an offered value (an official name, the household's other form's value) as the typed value. */
  onTakeValue: (id: string, value: string) => void;
  onStartEdit: (id: string) => void;
  onDraftChange: (v: string) => void;
  onConfirmEdit: () => void;
  onCancelEdit: () => void;
  onShowAgreed: () => void;
  /** What the record would fail with the choices so far (and the value being typed), shown in each field's row. */
  warnings?: CheckWarning[];
}

const chosenCell = (t: Theme) => ({ boxShadow: `inset 0 0 0 2px ${t.palette.success.main}`, bgcolor: alpha(t.palette.success.main, 0.1) });
const pickable = { cursor: 'pointer', '&:hover': { bgcolor: 'action.hover' } };
const oneLine = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** The small key number in front of a keying's value. */
const KeyHint = ({ n }: { n: string }) => (
  <Box component="span" sx={{ mr: 0.75, color: 'text.disabled', fontSize: '0.7rem', fontWeight: 700 }}>
    {n}
  </Box>
);

/** An agreed value on one line; the whole value is in the tooltip. */
const OneLineValue = ({ value, type }: { value: string | null; type?: string }) => {
  const translate = useTranslate();
  if (value === ILLEGIBLE) return <Box component="span" sx={{ color: 'warning.main', fontStyle: 'italic' }}>{translate('dk.common.illegible')}</Box>;
  if (value == null || value === '') return <Box component="span" sx={{ color: 'text.disabled', fontStyle: 'italic' }}>{translate('dk.common.empty')}</Box>;
  return (
    <Box component="span" title={value} sx={monoSx(type)}>
      {value}
    </Box>
  );
};

/** The input in the final-value cell (E); Enter confirms, Esc cancels. */
const EditCell = ({ draft, onDraftChange, onConfirm, onCancel }: { draft: string; onDraftChange: (v: string) => void; onConfirm: () => void; onCancel: () => void }) => {
  const translate = useTranslate();
  return (
    <Box>
      <InputBase
        autoFocus
        fullWidth
        value={draft}
        placeholder={translate('dk.review.edit_placeholder')}
        onChange={(e) => onDraftChange(e.target.value)}
        onFocus={(e) => e.target.select()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            e.stopPropagation();
            onConfirm();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
        inputProps={{ 'data-testid': 'edit-input', 'aria-label': translate('dk.review.edit_placeholder'), spellCheck: false, lang: 'vi' }}
        sx={(t) => ({ px: 0.75, py: 0.25, border: `2px solid ${t.palette.primary.main}`, borderRadius: 1, bgcolor: 'background.paper', fontSize: '0.875rem' })}
      />
      <Typography variant="caption" color="text.secondary">
        {translate('dk.review.edit_hint')}
      </Typography>
    </Box>
  );
};

const SmallChip = ({ label, color = 'success' }: { label: ReactNode; color?: 'success' | 'warning' | 'default' }) => (
  <Chip size="small" color={color} variant="outlined" sx={{ height: 18, fontSize: '0.68rem', flexShrink: 0 }} label={label} />
);

/** A field's check warnings, in its row: submitting over them asks for a reason. */
const RowWarnings = ({ list, fieldKey, note }: { list: CheckWarning[] | undefined; fieldKey: string; note: (m: string | null | undefined) => ReactNode }) => {
  if (!list?.length) return null;
  return (
    <Box data-testid={`row-warning-${fieldKey}`} role="note" sx={{ display: 'flex', flexDirection: 'column', gap: 0.25, mt: 0.5 }}>
      {list.map((w) => (
        <Box key={w.check} data-check={w.check} data-kind={w.kind} sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start', color: 'warning.dark', fontSize: '0.75rem', lineHeight: 1.35 }}>
          <RuleIcon sx={{ fontSize: 14, mt: '1px', flexShrink: 0 }} />
          <span>{note(w.message)}</span>
        </Box>
      ))}
    </Box>
  );
};

/**
 * The form's fields in template order. Review: the discrepancies are highlighted, diffed and
 * choosable, agreed fields take one quiet line each (or fold into "n agreed fields" lines).
 * Spot check: every field is a row of the agreed record that can be corrected.
 */
export const ReviewTable = (p: Props) => {
  const translate = useTranslate();
  const label = useFieldLabel();
  const ruleNote = useRuleNote(p.rows);
  const activeRef = useRef<HTMLTableRowElement | null>(null);
  const byId = useMemo(() => new Map(p.discrepancies.map((d) => [d.id, d])), [p.discrepancies]);
  const diffs = useMemo(() => new Map(p.discrepancies.map((d) => [d.id, { ab: charDiff(d.value1, d.value2), a3: d.value3 != null ? charDiff(d.value1, d.value3) : null }])), [p.discrepancies]);
  const hasThird = p.discrepancies.some((d) => d.value3 != null);
  const warningsOf = useMemo(() => {
    const m = new Map<string, CheckWarning[]>();
    for (const w of p.warnings ?? []) m.set(w.field, [...(m.get(w.field) ?? []), w]);
    return m;
  }, [p.warnings]);
  const spot = p.mode === 'spot';
  // # | field | values... | final
  const valueCols = spot ? 1 : hasThird ? 3 : 2;
  const allCols = 2 + valueCols + 1;

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [p.activeId]);

  /** `below`: shown under the value and under the input while typing (the row's warnings). */
  const finalCell = (id: string, c: Choice | undefined, content: ReactNode, fieldKey: string, testPrefix: string, below?: ReactNode) => {
    const editing = p.editingId === id;
    return (
      <TableCell
        data-testid={`${testPrefix}-final-${fieldKey}`}
        onDoubleClick={(e) => {
          e.stopPropagation();
          p.onStartEdit(id);
        }}
        sx={(t) => (c?.choice === 'VALUE' && !editing ? chosenCell(t) : {})}
      >
        {editing ? <EditCell draft={p.draft} onDraftChange={p.onDraftChange} onConfirm={p.onConfirmEdit} onCancel={p.onCancelEdit} /> : content}
        {below}
      </TableCell>
    );
  };

  const rowSx = (active: boolean, flagged: boolean, chosen: boolean, pending: boolean) => (t: Theme) => ({
    cursor: 'pointer',
    bgcolor: flagged ? alpha(t.palette.error.main, 0.1) : chosen ? alpha(t.palette.success.main, 0.05) : pending ? (t.palette.mode === 'light' ? '#fff7e6' : alpha('#f59e0b', 0.12)) : 'transparent',
    '& td:first-of-type': { boxShadow: `inset 4px 0 0 ${flagged ? t.palette.error.main : chosen ? t.palette.success.main : pending ? '#f59e0b' : 'transparent'}` },
    ...(active && { outline: `2px solid ${t.palette.primary.main}`, outlineOffset: -2 }),
  });

  // ----- Spot check: the agreed record, each row correctable -----
  if (spot) {
    return (
      <Table size="small" stickyHeader sx={{ tableLayout: 'fixed', '& td': { verticalAlign: 'top', py: 0.5 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 34 }}>{translate('dk.review.col_no')}</TableCell>
            <TableCell sx={{ width: '26%' }}>{translate('dk.review.col_field')}</TableCell>
            <TableCell>{translate('dk.review.col_agreed')}</TableCell>
            <TableCell sx={{ width: '30%' }}>{translate('dk.review.col_correction')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {p.rows.map((r, i) => {
            const id = spotKey(p.taskId, r.field.key);
            const c = p.choices[id];
            const active = p.activeId === id;
            const flagged = p.problemIds.has(id);
            const agreed = r.finalValue ?? r.value1;
            return (
              <TableRow
                key={r.field.key}
                ref={active ? activeRef : undefined}
                data-testid={`spot-row-${r.field.key}`}
                data-active={active ? 'true' : 'false'}
                data-corrected={c ? (c.illegible ? 'ILLEGIBLE' : 'VALUE') : ''}
                aria-selected={active}
                onClick={() => p.onActivate(id)}
                sx={rowSx(active, flagged, Boolean(c), false)}
              >
                <TableCell sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
                <TableCell sx={active ? {} : oneLine}>
                  <Typography component="span" variant="body2" title={r.field.key} sx={{ fontWeight: active ? 600 : 400 }}>
                    {label(r.field)}
                  </Typography>
                </TableCell>
                <TableCell data-testid={`spot-value-${r.field.key}`} sx={active ? {} : oneLine}>
                  <Box component="span" sx={{ ...(c && { textDecoration: 'line-through', color: 'text.secondary' }) }}>
                    <OneLineValue value={agreed} type={r.field.type} />
                  </Box>
                </TableCell>
                {finalCell(
                  id,
                  c,
                  c ? (
                    <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 0.75, flexWrap: 'wrap' }}>
                      {c.illegible ? <KeyedValue value={null} illegible /> : <KeyedValue value={c.value} type={r.field.type} />}
                      <SmallChip label={c.illegible ? translate('dk.review.illegible') : translate('dk.review.corrected')} color="warning" />
                    </Box>
                  ) : active ? (
                    <Typography variant="caption" color="text.disabled">
                      {translate('dk.review.as_agreed')} · E · I
                    </Typography>
                  ) : null,
                  r.field.key,
                  'spot',
                  <RowWarnings list={warningsOf.get(r.field.key)} fieldKey={r.field.key} note={ruleNote} />,
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    );
  }

  // ----- Review: discrepancies between the keyings -----
  // Agreed rows between discrepancies fold into one line each when hideAgreed.
  const blocks: ({ kind: 'row'; r: ReviewRow; i: number } | { kind: 'gap'; count: number; from: number })[] = [];
  p.rows.forEach((r, i) => {
    const isDisc = r.discrepancyId && byId.has(r.discrepancyId);
    if (isDisc || !p.hideAgreed) blocks.push({ kind: 'row', r, i });
    else {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'gap') last.count++;
      else blocks.push({ kind: 'gap', count: 1, from: i });
    }
  });

  return (
    <Table size="small" stickyHeader sx={{ tableLayout: 'fixed', ...diffStyles, '& td': { verticalAlign: 'top', py: 0.75 } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 34 }}>{translate('dk.review.col_no')}</TableCell>
          <TableCell sx={{ width: hasThird ? '19%' : '22%' }}>{translate('dk.review.col_field')}</TableCell>
          <TableCell>{translate('dk.review.col_first')}</TableCell>
          <TableCell>{translate('dk.review.col_second')}</TableCell>
          {hasThird && <TableCell data-testid="col-third">{translate('dk.review.col_third')}</TableCell>}
          <TableCell sx={{ width: hasThird ? '22%' : '26%' }}>{translate('dk.review.col_final')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {blocks.map((b) => {
          if (b.kind === 'gap') {
            return (
              <TableRow key={`gap-${b.from}`} data-testid="agreed-gap" onClick={p.onShowAgreed} sx={{ cursor: 'pointer', '&:hover td': { color: 'text.secondary' } }}>
                <TableCell colSpan={allCols} sx={{ py: '1px !important', fontSize: '0.72rem', color: 'text.disabled', bgcolor: 'action.hover', letterSpacing: 0.2 }}>
                  ⋯ {translate('dk.review.agreed_folded', { smart_count: b.count, range: b.count === 1 ? `${b.from + 1}` : `${b.from + 1}–${b.from + b.count}` })}
                </TableCell>
              </TableRow>
            );
          }
          const { r, i } = b;
          const d = r.discrepancyId ? byId.get(r.discrepancyId) : undefined;
          if (!d) {
            // An agreed field: one quiet line, the value once across the columns.
            return (
              <TableRow key={r.field.key} data-testid={`field-row-${r.field.key}`} sx={{ '& td': { color: 'text.secondary', py: '3px !important', fontSize: '0.8rem' } }}>
                <TableCell>{i + 1}</TableCell>
                <TableCell sx={oneLine} title={r.field.key}>
                  {label(r.field)}
                </TableCell>
                <TableCell colSpan={valueCols + 1}>
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
                    <Box sx={{ ...oneLine, flex: 1, minWidth: 0 }}>
                      <OneLineValue value={r.value1} type={r.field.type} />
                    </Box>
                    <Typography variant="caption" color="text.disabled" sx={{ flexShrink: 0 }}>
                      {translate('dk.review.agreed')}
                    </Typography>
                  </Box>
                  <RowWarnings list={warningsOf.get(r.field.key)} fieldKey={r.field.key} note={ruleNote} />
                </TableCell>
              </TableRow>
            );
          }
          const c = p.choices[d.id];
          const active = p.activeId === d.id;
          const flagged = p.problemIds.has(d.id);
          const diff = diffs.get(d.id)!;
          // Both keyings agreed and a check failed: one value to confirm or correct.
          const rule = CHECK_KINDS.has(d.kind) && d.value3 == null;
          const chosenLabel = !c
            ? null
            : c.choice === 'VALUE'
              ? c.illegible
                ? translate('dk.review.illegible')
                : translate('dk.review.typed')
              : rule
                ? translate('dk.review.confirmed')
                : c.choice === 'FIRST'
                  ? '1'
                  : c.choice === 'SECOND'
                    ? '2'
                    : '3';
          const chosenValue = !c ? null : c.choice === 'FIRST' ? d.value1 : c.choice === 'SECOND' ? d.value2 : c.choice === 'THIRD' ? d.value3 : c.value;
          // CONSISTENCY: the household's other form and its value, which one click takes.
          const related = (
            <RelatedForm
              testId={`disc-related-${r.field.key}`}
              relatedForm={d.relatedForm}
              relatedValue={d.relatedValue}
              compareTo={d.value1}
              type={r.field.type}
              newTab
              onUse={(v) => p.onTakeValue(d.id, v)}
            />
          );
          const pick = (kind: ChoiceKind) => (e: React.MouseEvent) => {
            e.stopPropagation();
            p.onChoose(d.id, kind);
          };
          return (
            <TableRow
              key={r.field.key}
              ref={active ? activeRef : undefined}
              data-testid={`disc-row-${r.field.key}`}
              data-discrepancy-id={d.id}
              data-kind={d.kind}
              data-active={active ? 'true' : 'false'}
              data-choice={c ? (c.illegible ? 'ILLEGIBLE' : c.choice) : ''}
              aria-selected={active}
              onClick={() => p.onActivate(d.id)}
              sx={rowSx(active, flagged, Boolean(c), true)}
            >
              <TableCell sx={{ fontWeight: 700 }}>{i + 1}</TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 600 }} title={r.field.key}>
                  {label(r.field)}
                </Typography>
                <Typography variant="caption" color={rule ? 'warning.main' : 'text.secondary'}>
                  <EnumText enumName="DiscrepancyKind" value={d.kind} />
                </Typography>
              </TableCell>
              {rule ? (
                // Both keyings agreed; a cross-field check failed: confirm (1) or correct (E).
                <TableCell data-testid={`disc-first-${r.field.key}`} colSpan={2} onClick={pick('FIRST')} sx={(t) => (c?.choice === 'FIRST' ? chosenCell(t) : pickable)}>
                  <KeyHint n="1" />
                  <KeyedValue value={d.value1} type={r.field.type} />
                  <Typography component="span" variant="caption" color="text.disabled" sx={{ ml: 1 }}>
                    {translate('dk.review.both_keyed')}
                  </Typography>
                  <Box data-testid={`disc-note-${r.field.key}`} sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start', mt: 0.5, color: 'warning.main', fontSize: '0.78rem', lineHeight: 1.35 }}>
                    <RuleIcon sx={{ fontSize: 15, mt: '1px' }} />
                    <span>{ruleNote(d.note)}</span>
                  </Box>
                  {d.suggestions && d.suggestions.length > 0 && (
                    <Box data-testid={`disc-suggestions-${r.field.key}`} sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center', mt: 0.5 }}>
                      <Typography variant="caption" color="text.secondary">
                        {translate('dk.review.suggestions')}
                      </Typography>
                      {d.suggestions.map((sug) => (
                        <Chip
                          key={sug}
                          size="small"
                          variant="outlined"
                          label={sug}
                          data-testid="disc-suggestion"
                          // Keep the focus where the keyboard shortcuts listen (Enter submits).
                          onMouseDown={(e) => e.preventDefault()}
                          onClick={(e) => {
                            e.stopPropagation();
                            p.onTakeValue(d.id, sug);
                          }}
                        />
                      ))}
                    </Box>
                  )}
                  {related}
                </TableCell>
              ) : (
                <>
                  <TableCell data-testid={`disc-first-${r.field.key}`} onClick={pick('FIRST')} sx={(t) => (c?.choice === 'FIRST' ? chosenCell(t) : pickable)}>
                    <KeyHint n="1" />
                    <DiffText segments={diff.ab.a} empty={!d.value1} type={r.field.type} />
                  </TableCell>
                  <TableCell data-testid={`disc-second-${r.field.key}`} onClick={pick('SECOND')} sx={(t) => (c?.choice === 'SECOND' ? chosenCell(t) : pickable)}>
                    <KeyHint n="2" />
                    <DiffText segments={diff.ab.b} empty={!d.value2} type={r.field.type} />
                    {d.kind === 'RULE' && d.note && (
                      <Box data-testid={`disc-note-${r.field.key}`} sx={{ mt: 0.5, color: 'warning.main', fontSize: '0.75rem' }}>
                        {ruleNote(d.note)}
                      </Box>
                    )}
                    {related}
                  </TableCell>
                </>
              )}
              {hasThird &&
                (d.value3 != null ? (
                  <TableCell data-testid={`disc-third-${r.field.key}`} onClick={pick('THIRD')} sx={(t) => (c?.choice === 'THIRD' ? chosenCell(t) : pickable)}>
                    <KeyHint n="3" />
                    <DiffText segments={diff.a3!.b} empty={!d.value3} type={r.field.type} />
                  </TableCell>
                ) : (
                  <TableCell sx={{ color: 'text.disabled' }}>{rule ? '' : translate('dk.common.none')}</TableCell>
                ))}
              {finalCell(
                d.id,
                c,
                c ? (
                  <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 0.75, flexWrap: 'wrap' }}>
                    {c.choice === 'VALUE' && c.illegible ? <KeyedValue value={null} illegible /> : <KeyedValue value={chosenValue} type={r.field.type} />}
                    <SmallChip label={chosenLabel} />
                  </Box>
                ) : (
                  <Tooltip title={rule ? '1 · E · I' : d.value3 != null ? '1 · 2 · 3 · E · I' : '1 · 2 · E · I'}>
                    <Typography variant="body2" sx={{ color: 'warning.main', fontStyle: 'italic' }}>
                      {translate(rule ? 'dk.review.not_confirmed' : 'dk.review.not_chosen')}
                    </Typography>
                  </Tooltip>
                ),
                r.field.key,
                'disc',
                // Once something is chosen here, or typed: an undecided row still shows its keyings' own note.
                c || p.editingId === d.id ? <RowWarnings list={warningsOf.get(r.field.key)} fieldKey={r.field.key} note={ruleNote} /> : null,
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

