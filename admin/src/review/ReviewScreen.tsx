import NextIcon from '@mui/icons-material/SkipNext';
import InboxIcon from '@mui/icons-material/InboxOutlined';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import DoneIcon from '@mui/icons-material/TaskAltOutlined';
import WarnIcon from '@mui/icons-material/WarningAmberOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import ReopenIcon from '@mui/icons-material/History';
import { Alert, AlertTitle, Box, Button, Card, Chip, FormControlLabel, LinearProgress, Stack, Switch, Tooltip, Typography } from '@mui/material';
import { useCallback, useRef, useState } from 'react';
import { Title, useLocation, useTranslate } from 'react-admin';
import { useFieldLabel } from '../common/fields';
import { useCollapsedSidebar } from '../layout/sidebar';
import { useRemaining } from '../tasks/LeaseField';
import { ActionDialog } from './ActionDialog';
import { FieldStrip } from './FieldStrip';
import { useScan } from './scanLayout';
import type { ChoiceKind } from './reviewApi';
import { ReviewTable } from './ReviewTable';
import { useRuleNote } from './ruleNote';
import { ReviewToolbar } from './ReviewToolbar';
import { ScanPanel, zoomStep } from './ScanPanel';
import { DiffLegend, Kbd, ShortcutHelp, ShortcutLegend } from './ShortcutLegend';
import { TaskContext } from './TaskContext';
import { useReviewSession } from './useReviewSession';
import { useReviewShortcuts } from './useReviewShortcuts';

const HIDE_AGREED_KEY = 'dualkey.review.hideAgreed';
/** Forms longer than this fold their agreed rows by default, so every discrepancy fits on screen. */
const LONG_FORM = 15;

const readHideAgreed = (): boolean | null => {
  const v = localStorage.getItem(HIDE_AGREED_KEY);
  return v === '1' ? true : v === '0' ? false : null;
};

/**
 * The reviewer's screen: claim a task, compare the keyings beside the scan, choose a value per
 * discrepancy (or confirm a spot-checked record), submit. Keyboard first (see useReviewShortcuts
 * and ShortcutLegend). The task and its choices live in useReviewSession; this draws them.
 */
export const ReviewScreen = () => {
  const translate = useTranslate();
  const label = useFieldLabel();
  // Optional: /review?batchId=12 works one batch only.
  const batchId = new URLSearchParams(useLocation().search).get('batchId');
  const session = useReviewSession(batchId);
  const { task, spot, chosen, allChosen, activeItem, busy, status, setStatus, zoom, setZoom, dialog } = session;
  const ruleNote = useRuleNote(task?.rows);

  const [help, setHelp] = useState(false);
  const [hideAgreedPref, setHideAgreedPref] = useState<boolean | null>(readHideAgreed);
  const remaining = useRemaining(task?.leaseUntil);
  const taskRef = useRef(task);
  taskRef.current = task;

  // The review screen wants the width: the menu starts collapsed here, and comes back on leaving.
  useCollapsedSidebar();

  const discs = task?.discrepancies ?? [];
  const hideAgreed = !spot && (hideAgreedPref ?? (task?.rows.length ?? 0) > LONG_FORM);
  const activeRow = activeItem ? task?.rows[activeItem.index] : undefined;
  const undoItem = session.undoTarget ? session.items.find((it) => it.id === session.undoTarget) : undefined;
  const undoLabel = undoItem && task?.rows[undoItem.index] ? label(task.rows[undoItem.index].field) : '';
  // The task submitted last, while another form (or none) is on screen: U reopens it.
  const reopenable = session.lastResolved && session.lastResolved.task.id !== task?.id ? session.lastResolved : null;
  const scan = useScan(task?.form.imageRef);
  const layout = scan.status === 'ready' ? scan.layout : null;

  const toggleAgreed = useCallback(() => {
    setHideAgreedPref((cur) => {
      const next = !(cur ?? (taskRef.current?.rows.length ?? 0) > LONG_FORM);
      localStorage.setItem(HIDE_AGREED_KEY, next ? '1' : '0');
      return next;
    });
  }, []);

  useReviewShortcuts({
    blocked: session.editingId !== null || dialog !== null || help,
    isBusy: session.isBusy,
    activeId: session.activeId,
    activeDiscrepancy: discs.find((d) => d.id === session.activeId),
    review: task?.kind === 'REVIEW',
    canFoldAgreed: Boolean(task && !spot),
    zoomBy: (dir) => setZoom((z) => zoomStep(z, dir)),
    zoomReset: () => setZoom(1),
    showHelp: () => setHelp(true),
    next: () => void session.load(),
    move: session.move,
    choose: session.choose,
    warn: (message) => setStatus({ severity: 'warning', title: translate(message) }),
    startEdit: session.startEdit,
    clearChoice: session.clearChoice,
    undo: session.undo,
    canReopenLast: session.lastResolved !== null,
    reopenLast: () => void session.reopenLast(),
    submit: () => void session.submit(),
    release: () => void session.release(),
    openDialog: session.openDialog,
    toggleAgreed,
  });

  const leaseExpired = remaining != null && remaining <= 0;
  const loud = status && (status.severity === 'error' || status.detail || status.problems);
  const corrections = spot ? chosen : 0;
  const submitLabel = spot ? (corrections ? translate('dk.review.spot_save', { smart_count: corrections }) : translate('dk.review.spot_submit')) : translate('dk.review.submit');
  const StatusIcon = status?.severity === 'success' ? DoneIcon : status?.severity === 'warning' ? WarnIcon : InfoIcon;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100dvh - 56px)', minHeight: 520, gap: 0.75, pt: 1 }}>
      <Title title="dk.review.title" />
      <ReviewToolbar
        task={task}
        busy={busy}
        remaining={remaining}
        submitLabel={submitLabel}
        canSubmit={allChosen}
        can={session.can}
        onNext={() => void session.load()}
        onSubmit={() => void session.submit()}
        onRelease={() => void session.release()}
        onDialog={session.openDialog}
      />
      {busy && <LinearProgress sx={{ flexShrink: 0, mt: -0.75, height: 2 }} />}

      {/* A refusal needs reading: a full alert. Everything else goes to the status line below. */}
      {loud && status && (
        <Box data-testid="status-message" role="alert" sx={{ flexShrink: 0 }}>
          <Alert severity={status.severity} onClose={() => setStatus(null)} sx={{ py: 0.25 }}>
            <AlertTitle sx={{ mb: 0.25 }}>{status.title}</AlertTitle>
            {status.detail && <Box sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>{status.detail}</Box>}
            {status.problems && (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {status.problems.map((p, i) => (
                  <li key={i}>
                    <b>{p.label}</b>: {p.reason}
                  </li>
                ))}
              </Box>
            )}
            {status.kept && <Box sx={{ mt: 0.25 }}>{translate('dk.review.choices_kept')}</Box>}
            {leaseExpired && status.severity === 'error' && <Box>{translate('dk.review.lease_expired_hint')}</Box>}
          </Alert>
        </Box>
      )}

      {task ? (
        <Box
          // The scan beside the table from a laptop's 1024 px up (the menu is folded here); only a narrower window loses it.
          sx={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(300px, 4fr) minmax(0, 6fr)', lg: 'minmax(360px, 5fr) minmax(0, 7fr)' }, gap: 0.75 }}>
          <Card sx={{ minHeight: 0, display: { xs: 'none', md: 'block' } }}>
            <ScanPanel imageRef={task.form.imageRef} scan={scan} zoom={zoom} onZoom={setZoom} alt={`${task.form.batch.code} / ${task.form.formNumber}`} layout={layout} activeField={activeItem?.fieldKey} />
          </Card>
          <Box sx={{ minHeight: 0, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
            <TaskContext task={task} />
            <Card sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
              {/* The table's own bar: what is left to do, the agreed-rows switch, the diff colours */}
              {/* One line whatever the labels (a second line appearing after a choice would move the rows):
                  on a narrow screen the legend, then the undo label, are cut short, never laid over the rest. */}
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', px: 1.25, py: 0.25, borderBottom: 1, borderColor: 'divider', flexShrink: 0, minHeight: 34, overflow: 'hidden' }}>
                <Chip
                  data-testid="review-progress"
                  sx={{ flexShrink: 0 }}
                  size="small"
                  color={spot ? (corrections ? 'warning' : 'info') : allChosen ? 'success' : 'warning'}
                  variant="outlined"
                  label={spot ? (corrections ? translate('dk.review.spot_progress', { smart_count: corrections }) : translate('dk.review.spot_progress_none')) : translate('dk.review.progress', { done: chosen, total: discs.length })}
                />
                {/* The row decided last (the cursor has moved on from it): Del does the same. */}
                <Button
                  size="small"
                  data-testid="undo-choice"
                  startIcon={<UndoIcon fontSize="small" />}
                  disabled={!session.undoTarget || busy !== null}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => session.undo()}
                  title={session.undoTarget ? translate('dk.reviewux.undo_choice', { field: undoLabel }) : undefined}
                  // A long field name is cut short here, never pushed over the chip and the switch beside it.
                  sx={{ py: 0, minHeight: 0, minWidth: 0, maxWidth: '100%', flexShrink: 1, overflow: 'hidden', textTransform: 'none', whiteSpace: 'nowrap', '& .MuiButton-startIcon': { flexShrink: 0 } }}
                >
                  <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }}>
                    {session.undoTarget ? translate('dk.reviewux.undo_choice', { field: undoLabel }) : translate('dk.reviewux.undo')}
                  </Box>
                  &nbsp;<Kbd inButton>Del</Kbd>
                </Button>
                {!spot && (
                  <Tooltip title={translate('dk.review.keys_long.agreed')}>
                    <FormControlLabel
                      data-testid="hide-agreed"
                      data-checked={hideAgreed ? 'true' : 'false'}
                      // Focus stays where it was (as with the other buttons here): the keys keep working after a click.
                      control={<Switch size="small" checked={hideAgreed} onChange={toggleAgreed} onMouseDown={(e) => e.preventDefault()} />}
                      label={
                        <Typography variant="caption" sx={{ whiteSpace: 'nowrap' }}>
                          {translate('dk.review.hide_agreed')} <Kbd>A</Kbd>
                        </Typography>
                      }
                      sx={{ m: 0, gap: 0.5, flexShrink: 0 }}
                    />
                  </Tooltip>
                )}
                <Box sx={{ flex: 1 }} />
                {!spot && <DiffLegend />}
              </Stack>
              <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto' }} data-testid="review-table">
                <ReviewTable
                  mode={spot ? 'spot' : 'review'}
                  taskId={task.id}
                  rows={task.rows}
                  discrepancies={task.discrepancies}
                  choices={session.choices}
                  activeId={session.activeId}
                  editingId={session.editingId}
                  draft={session.draft}
                  problemIds={session.problemIds}
                  hideAgreed={hideAgreed}
                  onActivate={session.setActiveId}
                  onChoose={(id, choice: ChoiceKind) => session.choose(id, { choice })}
                  onTakeValue={(id, value) => session.choose(id, { choice: 'VALUE', value })}
                  onStartEdit={session.startEdit}
                  onDraftChange={session.setDraft}
                  onConfirmEdit={session.confirmEdit}
                  onCancelEdit={session.cancelEdit}
                  onShowAgreed={toggleAgreed}
                  warnings={session.warnings}
                />
              </Box>
              {session.warnings.length > 0 && (
                // What the verified record would fail: submitting then asks for a reason. Under the table, not
                // above it: the answer comes a moment after the task, and rows pushed down under the pointer
                // turned a click on a row's "use this value" into a click on its first value.
                <Alert severity="warning" data-testid="review-warnings" sx={{ borderRadius: 0, py: 0, flexShrink: 0, maxHeight: '30%', overflow: 'auto' }}>
                  <Typography variant="caption" sx={{ fontWeight: 700 }}>
                    {translate('dk.review.checks_fail', { smart_count: session.warnings.length })}
                  </Typography>
                  {session.warnings.map((w) => (
                    <Typography key={`${w.field}:${w.check}`} variant="caption" component="div" data-testid="review-warning" data-field={w.field} data-kind={w.kind}>
                      {ruleNote(w.message)}
                    </Typography>
                  ))}
                </Alert>
              )}
            </Card>
            {/* Under the table, for the same reason as the warnings: it appears once the scan has
                loaded, and above the table it pushed every row down under the pointer. */}
            <FieldStrip
              src={scan.status === 'ready' ? scan.url : null}
              layout={layout}
              fieldKey={activeItem?.fieldKey ?? null}
              index={(activeItem?.index ?? 0) + 1}
              label={activeRow ? label(activeRow.field) : ''}
            />
          </Box>
        </Box>
      ) : (
        <Card sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }} data-testid="review-empty">
          <Stack spacing={1.5} sx={{ alignItems: 'center', p: 4, textAlign: 'center', maxWidth: 520 }}>
            <InboxIcon sx={{ fontSize: 56, color: 'text.disabled' }} />
            <Typography variant="h6">{translate('dk.review.empty_title')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('dk.review.empty_hint')}
            </Typography>
            <Button size="large" variant="contained" startIcon={<NextIcon />} onClick={() => void session.load()} disabled={busy !== null}>
              {translate('dk.review.next_task')} <Kbd inButton>N</Kbd>
            </Button>
          </Stack>
        </Card>
      )}

      {/* Status line (the last thing that happened) and the keys */}
      <Stack direction="row" spacing={2} sx={{ flexShrink: 0, alignItems: 'center', px: 0.5, pb: 0.25, minHeight: 24 }}>
        <Box
          {...(!loud && { 'data-testid': 'status-message' })}
          role="status"
          aria-live="polite"
          sx={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 0.5 }}
        >
          {status && !loud && (
            <>
              <StatusIcon sx={{ fontSize: 16, color: `${status.severity}.main` }} />
              <Typography variant="caption" noWrap title={status.title} sx={{ color: status.severity === 'warning' ? 'warning.main' : 'text.primary', fontWeight: 500 }}>
                {status.title}
              </Typography>
            </>
          )}
        </Box>
        {reopenable && (
          <Tooltip title={translate('dk.reviewux.reopen_last_hint')}>
            <Button
              size="small"
              color="warning"
              data-testid="reopen-last"
              startIcon={<ReopenIcon fontSize="small" />}
              disabled={busy !== null}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void session.reopenLast()}
              sx={{ py: 0, minHeight: 0, textTransform: 'none', whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              {translate('dk.reviewux.reopen_last', { form: reopenable.task.form.formNumber })} <Kbd inButton>U</Kbd>
            </Button>
          </Tooltip>
        )}
        <ShortcutLegend onHelp={() => setHelp(true)} spot={spot} />
      </Stack>

      <ActionDialog action={dialog} form={task ? `${task.form.formNumber} · ${task.form.batch.code}` : ''} onSend={session.sendAction} onClose={session.closeDialog} />
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </Box>
  );
};

export default ReviewScreen;
export type { ChoiceKind };
