import NextIcon from '@mui/icons-material/SkipNext';
import SendIcon from '@mui/icons-material/CheckCircleOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import TimerIcon from '@mui/icons-material/TimerOutlined';
import InboxIcon from '@mui/icons-material/InboxOutlined';
import EscalateIcon from '@mui/icons-material/MoveUp';
import RekeyIcon from '@mui/icons-material/KeyboardOutlined';
import RejectIcon from '@mui/icons-material/BlockOutlined';
import CommentIcon from '@mui/icons-material/AddCommentOutlined';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import DoneIcon from '@mui/icons-material/TaskAltOutlined';
import WarnIcon from '@mui/icons-material/WarningAmberOutlined';
import { Alert, AlertTitle, Box, Button, Card, Chip, CircularProgress, Divider, FormControlLabel, LinearProgress, Stack, Switch, Tooltip, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Title, useLocation, useLogoutIfAccessDenied, useSidebarState, useTranslate } from 'react-admin';
import { sessionUser } from '../authProvider';
import { useFieldLabel } from '../common/fields';
import { gqlCode, type FieldProblem, type GqlError } from '../graphql';
import { formatRemaining, useRemaining } from '../tasks/LeaseField';
import { ActionDialog, type TaskAction } from './ActionDialog';
import { FieldStrip } from './FieldStrip';
import { useScan } from './scanLayout';
import {
  addTaskComment,
  claimNext,
  escalateTask,
  heldTaskId,
  ILLEGIBLE,
  rejectForm,
  releaseTask,
  requestRekey,
  resolveSpotCheck,
  resolveTask,
  spotKey,
  toCorrections,
  toResolutions,
  type Choice,
  type ChoiceKind,
  type ResolutionInput,
  type ReviewTask,
} from './reviewApi';
import { ReviewTable } from './ReviewTable';
import { ScanPanel, zoomStep } from './ScanPanel';
import { DiffLegend, Kbd, ShortcutHelp, ShortcutLegend } from './ShortcutLegend';
import { TaskContext } from './TaskContext';

interface Status {
  severity: 'info' | 'success' | 'warning' | 'error';
  title: string;
  detail?: string;
  problems?: { label: string; reason: string }[];
  kept?: boolean;
}

type Busy = null | 'claim' | 'submit' | 'release';

/** One navigable row: a discrepancy (review) or a field of the agreed record (spot check). */
interface Item {
  id: string;
  fieldKey: string;
  index: number;
}

const HIDE_AGREED_KEY = 'dualkey.review.hideAgreed';
/** Forms longer than this fold their agreed rows by default, so every discrepancy fits on screen. */
const LONG_FORM = 15;

const isTyping = (el: EventTarget | null) => {
  const e = el as HTMLElement | null;
  return !!e && (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA' || e.tagName === 'SELECT' || e.isContentEditable);
};

const readHideAgreed = (): boolean | null => {
  const v = localStorage.getItem(HIDE_AGREED_KEY);
  return v === '1' ? true : v === '0' ? false : null;
};

/** A toolbar button with its key; `hot` ones are filled. */
const ActionButton = ({
  testId,
  icon,
  label,
  keys,
  onClick,
  disabled,
  color = 'inherit',
  variant = 'text',
  compact,
}: {
  testId: string;
  icon: ReactNode;
  label: string;
  keys: string;
  onClick: () => void;
  disabled?: boolean;
  color?: 'inherit' | 'primary' | 'success' | 'warning' | 'error';
  variant?: 'text' | 'outlined' | 'contained';
  /** On narrow screens only the icon and the key show; the label moves to the tooltip. */
  compact?: boolean;
}) => {
  const button = (
    <Button
      data-testid={testId}
      variant={variant}
      color={color}
      startIcon={icon}
      aria-label={label}
      onClick={(e) => {
        e.currentTarget.blur();
        onClick();
      }}
      disabled={disabled}
      sx={{
        whiteSpace: 'nowrap',
        flexShrink: 0,
        ...(variant === 'text' && { px: 1 }),
        ...(compact && { [NARROW]: { minWidth: 0, '& .dk-label': { display: 'none' }, '& .MuiButton-startIcon': { mr: 0.25 } } }),
      }}
    >
      <span className="dk-label">{label}</span> <Kbd inButton>{keys}</Kbd>
    </Button>
  );
  if (!compact) return button;
  return (
    <Tooltip title={`${label} (${keys})`}>
      <span>{button}</span>
    </Tooltip>
  );
};

/** Below this width the secondary actions lose their labels, so the toolbar stays on one line. */
const NARROW = '@media (max-width: 1399.95px)';

/**
 * The reviewer's screen: claim a task, compare the keyings beside the scan, choose a value per
 * discrepancy (or confirm a spot-checked record), submit. Keyboard first (see ShortcutLegend).
 * Server refusals are shown as they come and never clear the reviewer's choices, which are kept
 * per discrepancy id.
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
  const [dialog, setDialog] = useState<TaskAction | null>(null);
  const [help, setHelp] = useState(false);
  const [hideAgreedPref, setHideAgreedPref] = useState<boolean | null>(readHideAgreed);
  const remaining = useRemaining(task?.leaseUntil);
  // The ref is the truth for guards inside async flows (submit, then claim the next task).
  const busyRef = useRef<Busy>(null);
  const setBusy = useCallback((b: Busy) => {
    busyRef.current = b;
    setBusyState(b);
  }, []);
  const taskRef = useRef<ReviewTask | null>(null);
  taskRef.current = task;

  // The review screen wants the width: the menu starts collapsed here, and comes back on leaving.
  const [sidebarOpen, setSidebarOpen] = useSidebarState();
  const sidebarWas = useRef(sidebarOpen);
  useEffect(() => {
    const was = sidebarWas.current;
    setSidebarOpen(false);
    return () => setSidebarOpen(was);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const spot = task?.kind === 'SPOT_CHECK';
  const discs = task?.discrepancies ?? [];
  const items: Item[] = useMemo(() => {
    if (!task) return [];
    const index = new Map(task.rows.map((r, i) => [r.field.key, i]));
    if (task.kind === 'SPOT_CHECK') return task.rows.map((r, i) => ({ id: spotKey(task.id, r.field.key), fieldKey: r.field.key, index: i }));
    return task.discrepancies.map((d) => ({ id: d.id, fieldKey: d.fieldKey, index: index.get(d.fieldKey) ?? 0 }));
  }, [task]);
  const chosen = spot ? items.filter((it) => choices[it.id]).length : discs.filter((d) => choices[d.id]).length;
  const allChosen = Boolean(task) && (spot || (discs.length > 0 && chosen === discs.length));
  const hideAgreed = !spot && (hideAgreedPref ?? (task?.rows.length ?? 0) > LONG_FORM);
  const activeItem = items.find((it) => it.id === activeId) ?? null;
  const activeRow = activeItem ? task?.rows[activeItem.index] : undefined;
  const scan = useScan(task?.form.imageRef);
  const layout = scan.status === 'ready' ? scan.layout : null;
  const modalOpen = useRef(false);
  modalOpen.current = dialog !== null || help;

  const fieldLabelOf = useCallback(
    (fieldKey: string) => label(task?.rows.find((r) => r.field.key === fieldKey)?.field, fieldKey),
    [label, task],
  );

  const toggleAgreed = useCallback(() => {
    setHideAgreedPref((cur) => {
      const next = !(cur ?? (taskRef.current?.rows.length ?? 0) > LONG_FORM);
      localStorage.setItem(HIDE_AGREED_KEY, next ? '1' : '0');
      return next;
    });
  }, []);

  /** A server refusal as one translated line (dialogs show it in place). */
  const describe = useCallback(
    (e: unknown) => {
      const code = gqlCode(e) ?? 'other';
      const err = e as GqlError;
      return `${translate(`dk.errors.${code}`, { _: translate('dk.errors.other') })} — ${translate('dk.errors.server_said', { message: err?.message ?? String(e) })}`;
    },
    [translate],
  );

  const showError = useCallback(
    (e: unknown, resolutions?: ResolutionInput[], corrections?: { fieldKey: string }[]) => {
      const code = gqlCode(e) ?? 'other';
      if (code === 'UNAUTHENTICATED') {
        logoutIfAccessDenied(e);
        return;
      }
      const err = e as GqlError;
      const problems: FieldProblem[] = err?.body?.problems ?? [];
      const flagged = new Set<string>();
      const shown = problems.map((p) => {
        const m = /^(resolutions|corrections)\.(\d+)/.exec(p.field);
        if (m && m[1] === 'resolutions' && resolutions) {
          const r = resolutions[Number(m[2])];
          const d = r && task?.discrepancies.find((x) => x.id === r.discrepancyId);
          if (d) {
            flagged.add(d.id);
            return { label: fieldLabelOf(d.fieldKey), reason: p.reason };
          }
        }
        if (m && m[1] === 'corrections' && corrections && task) {
          const c = corrections[Number(m[2])];
          if (c) {
            flagged.add(spotKey(task.id, c.fieldKey));
            return { label: fieldLabelOf(c.fieldKey), reason: p.reason };
          }
        }
        return { label: p.field, reason: p.reason };
      });
      setProblemIds(flagged);
      // Bring the first row the server complained about into view.
      const firstFlagged = items.find((it) => flagged.has(it.id));
      if (firstFlagged) setActiveId(firstFlagged.id);
      setStatus({
        severity: 'error',
        title: translate(`dk.errors.${code}`, { _: translate('dk.errors.other') }),
        detail: translate('dk.errors.server_said', { message: err?.message ?? String(e) }),
        problems: shown.length ? shown : undefined,
        kept: Boolean(task && items.some((it) => choices[it.id])),
      });
    },
    [choices, fieldLabelOf, items, logoutIfAccessDenied, task, translate],
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
          setActiveId(t.kind === 'SPOT_CHECK' ? (t.rows[0] ? spotKey(t.id, t.rows[0].field.key) : null) : (t.discrepancies[0]?.id ?? null));
          setProblemIds(new Set());
        }
        setTask(t);
        const what = t.kind === 'SPOT_CHECK' ? 'dk.review.claimed_spot' : opts.resume ? 'dk.review.resumed' : 'dk.review.claimed';
        const msg = translate(what, { form: t.form.formNumber, batch: t.form.batch.code });
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

  const forgetChoices = useCallback((t: ReviewTask) => {
    setChoices((c) => {
      const n = { ...c };
      for (const d of t.discrepancies) delete n[d.id];
      for (const r of t.rows) delete n[spotKey(t.id, r.field.key)];
      return n;
    });
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
      // Review: move on to the next discrepancy still without a choice (wrapping round).
      // Spot check: corrections are rare, stay on the row.
      if (task && task.kind !== 'SPOT_CHECK') {
        const i = items.findIndex((d) => d.id === id);
        const order = [...items.slice(i + 1), ...items.slice(0, i)];
        const next = order.find((d) => !choices[d.id] && d.id !== id);
        if (next) setActiveId(next.id);
      }
    },
    [choices, items, task],
  );

  const clearChoice = useCallback((id: string) => {
    setChoices((c) => {
      const n = { ...c };
      delete n[id];
      return n;
    });
  }, []);

  const startEdit = useCallback(
    (id: string) => {
      if (!task) return;
      const c = choices[id];
      const typed = c?.choice === 'VALUE' && !c.illegible ? (c.value ?? '') : null;
      if (task.kind === 'SPOT_CHECK') {
        const it = items.find((x) => x.id === id);
        if (!it) return;
        const r = task.rows[it.index];
        const agreed = r.finalValue ?? r.value1;
        setDraft(typed ?? (agreed === ILLEGIBLE ? '' : (agreed ?? '')));
      } else {
        const d = task.discrepancies.find((x) => x.id === id);
        if (!d) return;
        setDraft(typed ?? (c?.choice === 'SECOND' ? d.value2 : c?.choice === 'THIRD' ? d.value3 : d.value1) ?? '');
      }
      setActiveId(id);
      setEditingId(id);
    },
    [choices, items, task],
  );

  /** After a task left this reviewer (resolved, escalated, re-keyed, rejected): the next one opens. */
  const moveOn = useCallback(
    async (t: ReviewTask, message: string) => {
      forgetChoices(t);
      setTask(null);
      setEditingId(null);
      await load({ before: message });
    },
    [forgetChoices, load],
  );

  const submit = useCallback(async () => {
    if (!task || busyRef.current) return;
    if (task.kind === 'SPOT_CHECK') {
      const corrections = toCorrections(task.id, task.rows, choices);
      setBusy('submit');
      let ok = false;
      try {
        await resolveSpotCheck(task.id, corrections);
        ok = true;
      } catch (e) {
        showError(e, undefined, corrections);
      } finally {
        setBusy(null);
      }
      if (ok) {
        const msg = corrections.length
          ? translate('dk.review.spot_corrected', { form: task.form.formNumber, smart_count: corrections.length })
          : translate('dk.review.spot_confirmed', { form: task.form.formNumber });
        await moveOn(task, msg);
      }
      return;
    }
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
    if (ok) await moveOn(task, translate('dk.review.resolved', { form: task.form.formNumber }));
  }, [choices, moveOn, setBusy, showError, task, translate]);

  const release = useCallback(async () => {
    if (!task || busyRef.current) return;
    setBusy('release');
    try {
      await releaseTask(task.id);
      forgetChoices(task);
      setStatus({ severity: 'info', title: translate('dk.review.released', { form: task.form.formNumber }) });
      setTask(null);
      setEditingId(null);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }, [forgetChoices, setBusy, showError, task, translate]);

  const can: Record<TaskAction, boolean> = {
    escalate: Boolean(task && !task.escalated),
    rekey: Boolean(task && task.kind === 'REVIEW'),
    reject: Boolean(task && task.kind === 'REVIEW'),
    comment: Boolean(task),
  };

  const openDialog = (a: TaskAction) => {
    if (!task || busyRef.current) return;
    if (!can[a]) {
      setStatus({ severity: 'warning', title: translate(`dk.actions.${a}.unavailable`) });
      return;
    }
    setEditingId(null);
    setDialog(a);
  };

  /** Sends a dialog's action; a refusal is thrown back to the dialog, which shows it with the text kept. */
  const sendAction = async (action: TaskAction, text: string) => {
    const t = taskRef.current;
    if (!t) return;
    try {
      if (action === 'comment') {
        const c = await addTaskComment(t.id, text);
        setTask((cur) => (cur && cur.id === t.id ? { ...cur, comments: [...cur.comments, c] } : cur));
      } else if (action === 'escalate') await escalateTask(t.id, text);
      else if (action === 'rekey') await requestRekey(t.id, text);
      else await rejectForm(t.id, text);
    } catch (e) {
      if (gqlCode(e) === 'UNAUTHENTICATED') logoutIfAccessDenied(e);
      throw new Error(describe(e));
    }
    setDialog(null);
    if (action === 'comment') {
      setStatus({ severity: 'success', title: translate('dk.actions.comment.done', { form: t.form.formNumber }) });
      return;
    }
    await moveOn(t, translate(`dk.actions.${action}.done`, { form: t.form.formNumber }));
  };

  const move = (dir: 1 | -1) => {
    if (!items.length) return;
    const i = items.findIndex((d) => d.id === activeId);
    const next = i < 0 ? 0 : Math.min(items.length - 1, Math.max(0, i + dir));
    setActiveId(items[next].id);
  };

  // One listener for the whole screen; it reads the latest state through a ref.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isTyping(e.target) || editingId || modalOpen.current) return;
    // An open menu or dialog (language, user menu) owns the keyboard: focus is trapped inside it.
    if ((e.target as Element | null)?.closest?.('.MuiModal-root, [role="menu"], [role="dialog"]')) return;
    const k = e.key;
    const handled = () => e.preventDefault();
    if (k === '+' || k === '=') return handled(), setZoom((z) => zoomStep(z, 1));
    if (k === '-' || k === '_') return handled(), setZoom((z) => zoomStep(z, -1));
    if (k === '0') return handled(), setZoom(1);
    if (k === '?') return handled(), setHelp(true);
    if (busyRef.current) return;
    const review = task?.kind === 'REVIEW';
    switch (k.length === 1 ? k.toLowerCase() : k) {
      case 'n':
        handled();
        void load();
        return;
      case 'ArrowDown':
        handled();
        move(1);
        return;
      case 'ArrowUp':
        handled();
        move(-1);
        return;
      case '1':
        if (activeId && review) handled(), choose(activeId, { choice: 'FIRST' });
        return;
      case '2':
        if (activeId && review) {
          handled();
          const d = discs.find((x) => x.id === activeId);
          // A rule discrepancy has one agreed value: 2 confirms it like 1.
          choose(activeId, { choice: d?.kind === 'RULE' && d.value3 == null ? 'FIRST' : 'SECOND' });
        }
        return;
      case '3':
        if (activeId && review) {
          handled();
          const d = discs.find((x) => x.id === activeId);
          if (d?.value3 != null) choose(activeId, { choice: 'THIRD' });
          else setStatus({ severity: 'warning', title: translate('dk.review.no_third') });
        }
        return;
      case 'e':
        if (activeId) handled(), startEdit(activeId);
        return;
      case 'i':
        if (activeId) handled(), choose(activeId, { choice: 'VALUE', illegible: true });
        return;
      case 'Delete':
      case 'Backspace':
        if (activeId) handled(), clearChoice(activeId);
        return;
      case 'Enter':
        // Also keeps a focused button from being "clicked" by the same key press.
        handled();
        void submit();
        return;
      case 'r':
        handled();
        if (e.shiftKey) openDialog('reject');
        else void release();
        return;
      case 'j':
        handled();
        openDialog('reject');
        return;
      case 'x':
        handled();
        openDialog('escalate');
        return;
      case 'k':
        handled();
        openDialog('rekey');
        return;
      case 'c':
        handled();
        openDialog('comment');
        return;
      case 'a':
        if (task && !spot) handled(), toggleAgreed();
        return;
    }
  };
  useEffect(() => {
    const h = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener('keydown', h);
    return () => window.removeEventListener('keydown', h);
  }, []);

  const confirmEdit = () => {
    if (!editingId || !task) return;
    const id = editingId;
    setEditingId(null);
    const value = draft.normalize('NFC');
    if (task.kind === 'SPOT_CHECK') {
      // Typing the agreed value back is no correction.
      const it = items.find((x) => x.id === id);
      const r = it && task.rows[it.index];
      if (r && value.trim() === (r.finalValue ?? r.value1 ?? '').trim()) return clearChoice(id);
    }
    choose(id, { choice: 'VALUE', value });
  };

  const leaseExpired = remaining != null && remaining <= 0;
  const leaseColor = remaining == null ? 'default' : remaining <= 0 ? 'error' : remaining < 60_000 ? 'error' : remaining < 180_000 ? 'warning' : 'default';
  const loud = status && (status.severity === 'error' || status.detail || status.problems);
  const corrections = spot ? chosen : 0;
  const submitLabel = spot ? (corrections ? translate('dk.review.spot_save', { smart_count: corrections }) : translate('dk.review.spot_submit')) : translate('dk.review.submit');
  const StatusIcon = status?.severity === 'success' ? DoneIcon : status?.severity === 'warning' ? WarnIcon : InfoIcon;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100dvh - 56px)', minHeight: 520, gap: 0.75, pt: 1 }}>
      <Title title="dk.review.title" />
      {/* Toolbar: the task's actions, each with its key; the form and the lease on the right */}
      <Card sx={{ px: 1, py: 0.75, flexShrink: 0 }}>
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <ActionButton
            testId="next-task"
            variant={task ? 'outlined' : 'contained'}
            color="primary"
            icon={busy === 'claim' ? <CircularProgress size={14} /> : <NextIcon />}
            label={translate('dk.review.next_task')}
            keys="N"
            onClick={() => void load()}
            disabled={busy !== null}
          />
          <ActionButton
            testId="submit-task"
            variant="contained"
            color="success"
            icon={busy === 'submit' ? <CircularProgress size={14} color="inherit" /> : <SendIcon />}
            label={submitLabel}
            keys="Enter"
            onClick={() => void submit()}
            disabled={!task || !allChosen || busy !== null}
          />
          <Divider orientation="vertical" flexItem sx={{ mx: 0.25 }} />
          <ActionButton compact testId="release-task" icon={<UndoIcon />} label={translate('dk.review.release')} keys="R" onClick={() => void release()} disabled={!task || busy !== null} />
          <ActionButton compact testId="escalate-task" icon={<EscalateIcon />} label={translate('dk.actions.escalate.button')} keys="X" onClick={() => openDialog('escalate')} disabled={!can.escalate || busy !== null} />
          <ActionButton compact testId="rekey-task" icon={<RekeyIcon />} label={translate('dk.actions.rekey.button')} keys="K" onClick={() => openDialog('rekey')} disabled={!can.rekey || busy !== null} />
          <ActionButton compact testId="reject-task" icon={<RejectIcon />} label={translate('dk.actions.reject.button')} keys="J" onClick={() => openDialog('reject')} disabled={!can.reject || busy !== null} />
          <ActionButton compact testId="comment-task" icon={<CommentIcon />} label={translate('dk.actions.comment.button')} keys="C" onClick={() => openDialog('comment')} disabled={!can.comment || busy !== null} />
          <Box sx={{ flex: 1 }} />
          {task && (
            <>
              <Typography variant="body2" data-testid="review-form" sx={{ whiteSpace: 'nowrap' }}>
                {translate('dk.review.form')} <b>{task.form.formNumber}</b> · {translate('dk.review.batch')} <b>{task.form.batch.code}</b>
              </Typography>
              <Chip
                data-testid="lease-timer"
                data-remaining-ms={remaining ?? ''}
                icon={<TimerIcon />}
                color={leaseColor}
                variant={leaseExpired ? 'filled' : 'outlined'}
                title={`${translate('dk.review.lease')} (${task.leaseUntil ?? ''})`}
                aria-label={translate('dk.review.lease')}
                label={leaseExpired ? translate('dk.review.lease_expired') : formatRemaining(remaining ?? 0)}
                sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 74 }}
              />
            </>
          )}
        </Stack>
      </Card>
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

      {task && (
        <FieldStrip
          src={scan.status === 'ready' ? scan.url : null}
          layout={layout}
          fieldKey={activeItem?.fieldKey ?? null}
          index={(activeItem?.index ?? 0) + 1}
          label={activeRow ? label(activeRow.field) : ''}
        />
      )}
      {task ? (
        <Box sx={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(360px, 5fr) minmax(0, 7fr)' }, gap: 0.75 }}>
          <Card sx={{ minHeight: 0, display: { xs: 'none', lg: 'block' } }}>
            <ScanPanel imageRef={task.form.imageRef} scan={scan} zoom={zoom} onZoom={setZoom} alt={`${task.form.batch.code} / ${task.form.formNumber}`} layout={layout} activeField={activeItem?.fieldKey} />
          </Card>
          <Box sx={{ minHeight: 0, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
            <TaskContext task={task} />
            <Card sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
              {/* The table's own bar: what is left to do, the agreed-rows switch, the diff colours */}
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', px: 1.25, py: 0.25, borderBottom: 1, borderColor: 'divider', flexShrink: 0, minHeight: 34 }}>
                <Chip
                  data-testid="review-progress"
                  size="small"
                  color={spot ? (corrections ? 'warning' : 'info') : allChosen ? 'success' : 'warning'}
                  variant="outlined"
                  label={spot ? (corrections ? translate('dk.review.spot_progress', { smart_count: corrections }) : translate('dk.review.spot_progress_none')) : translate('dk.review.progress', { done: chosen, total: discs.length })}
                />
                {!spot && (
                  <Tooltip title={translate('dk.review.keys_long.agreed')}>
                    <FormControlLabel
                      data-testid="hide-agreed"
                      data-checked={hideAgreed ? 'true' : 'false'}
                      control={<Switch size="small" checked={hideAgreed} onChange={toggleAgreed} />}
                      label={
                        <Typography variant="caption" sx={{ whiteSpace: 'nowrap' }}>
                          {translate('dk.review.hide_agreed')} <Kbd>A</Kbd>
                        </Typography>
                      }
                      sx={{ m: 0, gap: 0.5 }}
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
                  choices={choices}
                  activeId={activeId}
                  editingId={editingId}
                  draft={draft}
                  problemIds={problemIds}
                  hideAgreed={hideAgreed}
                  onActivate={setActiveId}
                  onChoose={(id, choice: ChoiceKind) => choose(id, { choice })}
                  onStartEdit={startEdit}
                  onDraftChange={setDraft}
                  onConfirmEdit={confirmEdit}
                  onCancelEdit={() => setEditingId(null)}
                  onShowAgreed={toggleAgreed}
                />
              </Box>
            </Card>
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
            <Button size="large" variant="contained" startIcon={<NextIcon />} onClick={() => void load()} disabled={busy !== null}>
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
        <ShortcutLegend onHelp={() => setHelp(true)} spot={spot} />
      </Stack>

      <ActionDialog action={dialog} form={task ? `${task.form.formNumber} · ${task.form.batch.code}` : ''} onSend={sendAction} onClose={() => setDialog(null)} />
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </Box>
  );
};

export default ReviewScreen;
export type { ChoiceKind };
