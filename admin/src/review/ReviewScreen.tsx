import NextIcon from '@mui/icons-material/SkipNext';
import SendIcon from '@mui/icons-material/CheckCircleOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import TimerIcon from '@mui/icons-material/TimerOutlined';
import InboxIcon from '@mui/icons-material/InboxOutlined';
import { Alert, AlertTitle, Box, Button, Card, Chip, CircularProgress, LinearProgress, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Title, useLocation, useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { sessionUser } from '../authProvider';
import { useFieldLabel } from '../common/fields';
import { gqlCode, type FieldProblem, type GqlError } from '../graphql';
import { formatRemaining, useRemaining } from '../tasks/LeaseField';
import { claimNext, heldTaskId, releaseTask, resolveTask, toResolutions, type Choice, type ChoiceKind, type ResolutionInput, type ReviewTask } from './reviewApi';
import { ReviewTable } from './ReviewTable';
import { ScanPanel, zoomStep } from './ScanPanel';
import { Kbd, ShortcutLegend } from './ShortcutLegend';

interface Status {
  severity: 'info' | 'success' | 'warning' | 'error';
  title: string;
  detail?: string;
  problems?: { label: string; reason: string }[];
  kept?: boolean;
}

type Busy = null | 'claim' | 'submit' | 'release';

const isTyping = (el: EventTarget | null) => {
  const e = el as HTMLElement | null;
  return !!e && (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA' || e.tagName === 'SELECT' || e.isContentEditable);
};

/**
 * The reviewer's screen: claim a task, compare both keyings beside the scan, choose a value per
 * discrepancy, submit. Keyboard first (see ShortcutLegend). Server refusals are shown as they
 * come and never clear the reviewer's choices, which are kept per discrepancy id.
 */
export const ReviewScreen = () => {
  const translate = useTranslate();
  const label = useFieldLabel();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  // Optional: /review?batchId=12 works one batch only.
  const batchId = new URLSearchParams(useLocation().search).get('batchId');

  const [task, setTask] = useState<ReviewTask | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusyState] = useState<Busy>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [problemIds, setProblemIds] = useState<Set<string>>(new Set());
  const [zoom, setZoom] = useState(1);
  const remaining = useRemaining(task?.leaseUntil);
  // The ref is the truth for guards inside async flows (submit, then claim the next task).
  const busyRef = useRef<Busy>(null);
  const setBusy = useCallback((b: Busy) => {
    busyRef.current = b;
    setBusyState(b);
  }, []);
  const taskRef = useRef<ReviewTask | null>(null);
  taskRef.current = task;

  const discs = task?.discrepancies ?? [];
  const chosen = discs.filter((d) => choices[d.id]).length;
  const allChosen = discs.length > 0 && chosen === discs.length;

  const fieldLabelOf = useCallback(
    (fieldKey: string) => label(task?.rows.find((r) => r.field.key === fieldKey)?.field, fieldKey),
    [label, task],
  );

  const showError = useCallback(
    (e: unknown, resolutions?: ResolutionInput[]) => {
      const code = gqlCode(e) ?? 'other';
      if (code === 'UNAUTHENTICATED') {
        logoutIfAccessDenied(e);
        return;
      }
      const err = e as GqlError;
      const problems: FieldProblem[] = err?.body?.problems ?? [];
      const flagged = new Set<string>();
      const shown = problems.map((p) => {
        const m = /^resolutions\.(\d+)/.exec(p.field);
        const r = m && resolutions ? resolutions[Number(m[1])] : undefined;
        const d = r && task?.discrepancies.find((x) => x.id === r.discrepancyId);
        if (d) flagged.add(d.id);
        return { label: d ? fieldLabelOf(d.fieldKey) : p.field, reason: p.reason };
      });
      setProblemIds(flagged);
      // Bring the first row the server complained about into view.
      const firstFlagged = task?.discrepancies.find((d) => flagged.has(d.id));
      if (firstFlagged) setActiveId(firstFlagged.id);
      setStatus({
        severity: 'error',
        title: translate(`dk.errors.${code}`, { _: translate('dk.errors.other') }),
        detail: translate('dk.errors.server_said', { message: err?.message ?? String(e) }),
        problems: shown.length ? shown : undefined,
        kept: Boolean(task && Object.keys(choices).length),
      });
    },
    [choices, fieldLabelOf, logoutIfAccessDenied, task, translate],
  );

  const load = useCallback(
    async (opts: { resume?: boolean; before?: string } = {}) => {
      if (busyRef.current) return;
      setBusy('claim');
      try {
        const t = await claimNext(batchId);
        setEditingId(null);
        if (!t) {
          setTask(null);
          setStatus({ severity: opts.before ? 'success' : 'info', title: [opts.before, translate('dk.review.queue_empty')].filter(Boolean).join(' ') });
          return;
        }
        // The same task again (e.g. after an expired lease): keep the zoom and the position.
        if (taskRef.current?.id !== t.id) {
          setZoom(1);
          setActiveId(t.discrepancies[0]?.id ?? null);
          setProblemIds(new Set());
        }
        setTask(t);
        const msg = translate(opts.resume ? 'dk.review.resumed' : 'dk.review.claimed', { form: t.form.formNumber, batch: t.form.batch.code });
        setStatus({ severity: opts.before ? 'success' : 'info', title: [opts.before, msg].filter(Boolean).join(' ') });
      } catch (e) {
        showError(e);
      } finally {
        setBusy(null);
      }
    },
    [batchId, setBusy, showError, translate],
  );

  // Back on the screen while holding a lease (reload, another tab): reopen that task.
  useEffect(() => {
    const me = sessionUser();
    if (!me) return;
    heldTaskId(me.id)
      .then((id) => (id ? load({ resume: true }) : undefined))
      .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choose = useCallback(
    (id: string, choice: Choice) => {
      setChoices((c) => ({ ...c, [id]: choice }));
      setProblemIds((s) => {
        if (!s.has(id)) return s;
        const n = new Set(s);
        n.delete(id);
        return n;
      });
      // Move on to the next discrepancy still without a choice (wrapping round).
      if (task) {
        const i = task.discrepancies.findIndex((d) => d.id === id);
        const order = [...task.discrepancies.slice(i + 1), ...task.discrepancies.slice(0, i)];
        const next = order.find((d) => !choices[d.id] && d.id !== id);
        if (next) setActiveId(next.id);
      }
    },
    [choices, task],
  );

  const startEdit = useCallback(
    (id: string) => {
      const d = task?.discrepancies.find((x) => x.id === id);
      if (!d) return;
      const c = choices[id];
      setActiveId(id);
      setDraft(c?.choice === 'VALUE' && !c.illegible ? c.value ?? '' : c?.choice === 'SECOND' ? d.value2 ?? '' : d.value1 ?? '');
      setEditingId(id);
    },
    [choices, task],
  );

  const submit = useCallback(async () => {
    if (!task || busyRef.current) return;
    const missing = task.discrepancies.filter((d) => !choices[d.id]);
    if (missing.length) {
      setActiveId(missing[0].id);
      setStatus({ severity: 'warning', title: translate('dk.review.remaining', { count: missing.length }) });
      return;
    }
    const resolutions = toResolutions(task.discrepancies, choices);
    setBusy('submit');
    let ok = false;
    try {
      await resolveTask(task.id, resolutions);
      ok = true;
    } catch (e) {
      showError(e, resolutions);
    } finally {
      setBusy(null);
    }
    if (ok) {
      const done = task.form.formNumber;
      setChoices((c) => {
        const n = { ...c };
        for (const d of task.discrepancies) delete n[d.id];
        return n;
      });
      setTask(null);
      await load({ before: translate('dk.review.resolved', { form: done }) });
    }
  }, [choices, load, setBusy, showError, task, translate]);

  const release = useCallback(async () => {
    if (!task || busyRef.current) return;
    setBusy('release');
    try {
      await releaseTask(task.id);
      setChoices((c) => {
        const n = { ...c };
        for (const d of task.discrepancies) delete n[d.id];
        return n;
      });
      setStatus({ severity: 'info', title: translate('dk.review.released', { form: task.form.formNumber }) });
      setTask(null);
      setEditingId(null);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }, [setBusy, showError, task, translate]);

  const move = (dir: 1 | -1) => {
    if (!discs.length) return;
    const i = discs.findIndex((d) => d.id === activeId);
    const next = i < 0 ? 0 : Math.min(discs.length - 1, Math.max(0, i + dir));
    setActiveId(discs[next].id);
  };

  // One listener for the whole screen; it reads the latest state through a ref.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isTyping(e.target) || editingId) return;
    // An open menu or dialog (language, user menu) owns the keyboard.
    if (document.querySelector('.MuiModal-root:not(.MuiModal-hidden)')) return;
    const k = e.key;
    const handled = () => e.preventDefault();
    if (k === '+' || k === '=') return handled(), setZoom((z) => zoomStep(z, 1));
    if (k === '-' || k === '_') return handled(), setZoom((z) => zoomStep(z, -1));
    if (k === '0') return handled(), setZoom(1);
    if (busyRef.current) return;
    switch (k) {
      case 'n':
      case 'N':
        handled();
        void load();
        return;
      case 'ArrowDown':
      case 'j':
      case 'J':
        handled();
        move(1);
        return;
      case 'ArrowUp':
      case 'k':
      case 'K':
        handled();
        move(-1);
        return;
      case '1':
        if (activeId) handled(), choose(activeId, { choice: 'FIRST' });
        return;
      case '2':
        if (activeId) handled(), choose(activeId, { choice: 'SECOND' });
        return;
      case 'e':
      case 'E':
        if (activeId) handled(), startEdit(activeId);
        return;
      case 'i':
      case 'I':
        if (activeId) handled(), choose(activeId, { choice: 'VALUE', illegible: true });
        return;
      case 'Delete':
      case 'Backspace':
        if (activeId) {
          handled();
          setChoices((c) => {
            const n = { ...c };
            delete n[activeId];
            return n;
          });
        }
        return;
      case 'Enter':
        // Also keeps a focused button from being "clicked" by the same key press.
        handled();
        void submit();
        return;
      case 'r':
      case 'R':
        handled();
        void release();
        return;
    }
  };
  useEffect(() => {
    const h = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener('keydown', h);
    return () => window.removeEventListener('keydown', h);
  }, []);

  const confirmEdit = () => {
    if (!editingId) return;
    const id = editingId;
    setEditingId(null);
    choose(id, { choice: 'VALUE', value: draft.normalize('NFC') });
  };

  const leaseExpired = remaining != null && remaining <= 0;
  const leaseColor = remaining == null ? 'default' : remaining <= 0 ? 'error' : remaining < 60_000 ? 'error' : remaining < 180_000 ? 'warning' : 'default';

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 64px)', minHeight: 480, gap: 1, pt: 1 }}>
      <Title title="dk.review.title" />
      {/* Toolbar */}
      <Card sx={{ px: 1.5, py: 1, flexShrink: 0 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            data-testid="next-task"
            variant={task ? 'outlined' : 'contained'}
            startIcon={busy === 'claim' ? <CircularProgress size={14} /> : <NextIcon />}
            onClick={(e) => {
              e.currentTarget.blur();
              void load();
            }}
            disabled={busy !== null}
          >
            {translate('dk.review.next_task')} <Kbd inButton>N</Kbd>
          </Button>
          <Button
            data-testid="release-task"
            variant="outlined"
            color="inherit"
            startIcon={<UndoIcon />}
            onClick={(e) => {
              e.currentTarget.blur();
              void release();
            }}
            disabled={!task || busy !== null}
          >
            {translate('dk.review.release')} <Kbd inButton>R</Kbd>
          </Button>
          <Button
            data-testid="submit-task"
            variant="contained"
            color="success"
            startIcon={busy === 'submit' ? <CircularProgress size={14} color="inherit" /> : <SendIcon />}
            onClick={(e) => {
              e.currentTarget.blur();
              void submit();
            }}
            disabled={!task || !allChosen || busy !== null}
          >
            {translate('dk.review.submit')} <Kbd inButton>Enter</Kbd>
          </Button>
          <Box sx={{ flex: 1 }} />
          {task && (
            <>
              <Typography variant="body2" data-testid="review-form">
                {translate('dk.review.form')} <b>{task.form.formNumber}</b> · {translate('dk.review.batch')} <b>{task.form.batch.code}</b>
              </Typography>
              <Chip
                data-testid="review-progress"
                color={allChosen ? 'success' : 'warning'}
                variant="outlined"
                label={translate('dk.review.progress', { done: chosen, total: discs.length })}
              />
              <Chip
                data-testid="lease-timer"
                data-remaining-ms={remaining ?? ''}
                icon={<TimerIcon />}
                color={leaseColor}
                variant={leaseExpired ? 'filled' : 'outlined'}
                title={task.leaseUntil ?? ''}
                label={leaseExpired ? translate('dk.review.lease_expired') : `${translate('dk.review.lease')} ${formatRemaining(remaining ?? 0)}`}
                sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 150 }}
              />
            </>
          )}
        </Stack>
      </Card>
      {busy && <LinearProgress sx={{ flexShrink: 0, mt: -1, height: 2 }} />}

      {/* Status line: the last thing that happened, or what the server refused */}
      <Box data-testid="status-message" role="status" aria-live="polite" sx={{ flexShrink: 0 }}>
        {status && (
          <Alert severity={status.severity} onClose={() => setStatus(null)} sx={{ py: 0.25 }}>
            {status.detail || status.problems || status.kept ? <AlertTitle sx={{ mb: 0.25 }}>{status.title}</AlertTitle> : status.title}
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
        )}
      </Box>

      {task ? (
        <Box sx={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(320px, 5fr) 7fr' }, gap: 1 }}>
          <Card sx={{ minHeight: 0, display: { xs: 'none', lg: 'block' } }}>
            <ScanPanel imageRef={task.form.imageRef} zoom={zoom} onZoom={setZoom} alt={`${task.form.batch.code} / ${task.form.formNumber}`} />
          </Card>
          <Card sx={{ minHeight: 0, overflow: 'auto' }} data-testid="review-table">
            <ReviewTable
              rows={task.rows}
              discrepancies={task.discrepancies}
              choices={choices}
              activeId={activeId}
              editingId={editingId}
              draft={draft}
              problemIds={problemIds}
              onActivate={setActiveId}
              onChoose={(id, choice) => choose(id, { choice })}
              onStartEdit={startEdit}
              onDraftChange={setDraft}
              onConfirmEdit={confirmEdit}
              onCancelEdit={() => setEditingId(null)}
            />
          </Card>
        </Box>
      ) : (
        <Card sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }} data-testid="review-empty">
          <Stack spacing={1.5} sx={{ alignItems: 'center', p: 4, textAlign: 'center', maxWidth: 520 }}>
            <InboxIcon sx={{ fontSize: 56, color: 'text.disabled' }} />
            <Typography variant="h6">{translate('dk.review.empty_title')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('dk.review.empty_hint')}
            </Typography>
            <Button size="large" variant="contained" startIcon={<NextIcon />} onClick={() => void load()} disabled={busy !== null}>
              {translate('dk.review.next_task')} <Kbd inButton>N</Kbd>
            </Button>
          </Stack>
        </Card>
      )}

      <Box sx={{ flexShrink: 0, px: 0.5, pb: 0.5 }}>
        <ShortcutLegend />
      </Box>
    </Box>
  );
};

export default ReviewScreen;
export type { ChoiceKind };
