import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { sessionUser } from '../authProvider';
import { useFieldLabel } from '../common/fields';
import { gqlCode, type GqlError } from '../graphql';
import { locateProblems } from './refusal';
import { reopenTask } from './reopenApi';
import { useTaskDialog } from './useTaskDialog';
import {
  claimNext,
  heldTaskId,
  ILLEGIBLE,
  releaseTask,
  resolutionWarnings,
  resolveSpotCheck,
  resolveTask,
  spotCheckWarnings,
  spotKey,
  toCorrections,
  toResolutions,
  type CheckWarning,
  type Choice,
  type ResolutionInput,
  type ReviewTask,
} from './reviewApi';

export interface Status {
  severity: 'info' | 'success' | 'warning' | 'error';
  title: string;
  detail?: string;
  problems?: { label: string; reason: string }[];
  kept?: boolean;
}

export type Busy = null | 'claim' | 'submit' | 'release' | 'reopen';

/** The review task submitted last, with its choices: it can be reopened and corrected (U). */
export interface LastResolved {
  task: ReviewTask;
  choices: Record<string, Choice>;
  /** The row decided last, where the cursor goes back to. */
  activeId: string | null;
}

/** One navigable row: a discrepancy (review) or a field of the agreed record (spot check). */
export interface Item {
  id: string;
  fieldKey: string;
  index: number;
}

/**
 * The reviewer's session with the server: the claimed task, the choices made on it (kept per
 * discrepancy id, so a refusal never clears them), the row being worked on, and the task's
 * actions (claim, submit, release, escalate, re-key, reject, comment). The screen only draws it.
 */
export function useReviewSession(batchId: string | null) {
  const translate = useTranslate();
  const label = useFieldLabel();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  const [task, setTask] = useState<ReviewTask | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusyState] = useState<Busy>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [problemIds, setProblemIds] = useState<Set<string>>(new Set());
  // What the record would fail with the choices made so far: shown before submitting.
  const [warnings, setWarnings] = useState<CheckWarning[]>([]);
  // Rows in the order they were decided on this task: Del undoes the latest (the cursor has moved on by then).
  const [decided, setDecided] = useState<string[]>([]);
  const [lastResolved, setLastResolved] = useState<LastResolved | null>(null);
  // Per task: a new task starts at 1, the same task again (after an expired lease) keeps it.
  const [zoom, setZoom] = useState(1);
  // The ref is the truth for guards inside async flows (submit, then claim the next task).
  const busyRef = useRef<Busy>(null);
  const setBusy = useCallback((b: Busy) => {
    busyRef.current = b;
    setBusyState(b);
  }, []);
  const taskRef = useRef<ReviewTask | null>(null);
  taskRef.current = task;

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
  const activeItem = items.find((it) => it.id === activeId) ?? null;

  const fieldLabelOf = useCallback(
    (fieldKey: string) => label(task?.rows.find((r) => r.field.key === fieldKey)?.field, fieldKey),
    [label, task],
  );

  const showError = useCallback(
    (e: unknown, resolutions?: ResolutionInput[], corrections?: { fieldKey: string }[]) => {
      const code = gqlCode(e) ?? 'other';
      if (code === 'UNAUTHENTICATED') {
        logoutIfAccessDenied(e);
        return;
      }
      const err = e as GqlError;
      const { flagged, shown } = locateProblems(err?.body?.problems ?? [], task, fieldLabelOf, resolutions, corrections);
      setProblemIds(flagged);
      // Bring the first row the server complained about into view.
      const firstFlagged = items.find((it) => flagged.has(it.id));
      if (firstFlagged) setActiveId(firstFlagged.id);
      setStatus({
        severity: 'error',
        title: translate(`dk.errors.${code}`, { _: translate('dk.errors.other') }),
        // A failure on the way (server unavailable, network) has no server words to quote.
        detail: err?.body?.transport ? undefined : translate('dk.errors.server_said', { message: err?.message ?? String(e) }),
        problems: shown.length ? shown : undefined,
        kept: Boolean(task && items.some((it) => choices[it.id])),
      });
    },
    [choices, fieldLabelOf, items, logoutIfAccessDenied, task, translate],
  );

  /** Claims the next task (or the one this reviewer already holds); `before` reports what just happened. */
  const load = useCallback(
    async (opts: { resume?: boolean; before?: string; focus?: string | null } = {}) => {
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
          setActiveId(opts.focus ?? (t.kind === 'SPOT_CHECK' ? (t.rows[0] ? spotKey(t.id, t.rows[0].field.key) : null) : (t.discrepancies[0]?.id ?? null)));
          setProblemIds(new Set());
          setDecided([]);
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

  // Back on the screen while holding a lease (reload, another tab): reopen that task, unless the
  // reviewer has meanwhile opened one (N): claiming it again would swallow the keys typed into it.
  useEffect(() => {
    const me = sessionUser();
    if (!me) return;
    heldTaskId(me.id)
      .then((id) => (id && !taskRef.current ? load({ resume: true }) : undefined))
      .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The server judges the record the choices would make (the same checks as on submit), a moment
  // after the last change; a stale answer for another task or other choices is dropped.
  // The value being typed counts as chosen, so a misspelling shows in its row before Enter.
  useEffect(() => {
    if (!task) {
      setWarnings([]);
      return;
    }
    let live = true;
    const judged = editingId && draft.trim() ? { ...choices, [editingId]: { choice: 'VALUE' as const, value: draft.normalize('NFC') } } : choices;
    const timer = setTimeout(() => {
      const ask = task.kind === 'SPOT_CHECK' ? spotCheckWarnings(task.id, toCorrections(task.id, task.rows, judged)) : resolutionWarnings(task.id, toResolutions(task.discrepancies, judged));
      ask.then((w) => live && setWarnings(w)).catch(() => live && setWarnings([]));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [task, choices, editingId, draft]);

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
      setDecided((list) => [...list.filter((x) => x !== id), id]);
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
    setDecided((list) => list.filter((x) => x !== id));
  }, []);

  /** The row to undo: the active one if decided, else the one decided last (the cursor moved on from it). */
  const undoTarget = (activeId && choices[activeId] ? activeId : [...decided].reverse().find((id) => choices[id])) ?? null;

  /** Del / Backspace and the undo button: clears that row's choice and goes back to it. */
  const undo = useCallback(() => {
    if (!undoTarget) return false;
    clearChoice(undoTarget);
    setActiveId(undoTarget);
    return true;
  }, [clearChoice, undoTarget]);

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

  const cancelEdit = () => setEditingId(null);

  /** Moves the active row up or down, stopping at the ends. */
  const move = (dir: 1 | -1) => {
    if (!items.length) return;
    const i = items.findIndex((d) => d.id === activeId);
    const next = i < 0 ? 0 : Math.min(items.length - 1, Math.max(0, i + dir));
    setActiveId(items[next].id);
  };

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

  /**
   * Sends the task's choices; with a reason when the record fails checks. Without one a failed
   * check opens the reason dialog instead (warnings shown, nothing stored); a refusal of the
   * reason itself is thrown back to the dialog.
   */
  const send = useCallback(
    async (reason?: string) => {
      if (!task || busyRef.current) return;
      const corrections = task.kind === 'SPOT_CHECK' ? toCorrections(task.id, task.rows, choices) : undefined;
      const resolutions = task.kind === 'SPOT_CHECK' ? undefined : toResolutions(task.discrepancies, choices);
      setBusy('submit');
      let ok = false;
      let needReason = false;
      try {
        if (corrections) await resolveSpotCheck(task.id, corrections, reason);
        else await resolveTask(task.id, resolutions!, reason);
        ok = true;
      } catch (e) {
        if (reason !== undefined) throw e;
        if (gqlCode(e) === 'CHECKS_FAILED') needReason = true;
        else showError(e, resolutions, corrections);
      } finally {
        setBusy(null);
      }
      if (needReason) {
        // Not busy any more: the dialog may open.
        setStatus({ severity: 'warning', title: translate('dk.review.checks_fail', { smart_count: warnings.length || 1 }) });
        openOverride();
      }
      if (!ok) return;
      if (!corrections) {
        const mine = Object.fromEntries(task.discrepancies.filter((d) => choices[d.id]).map((d) => [d.id, choices[d.id]]));
        setLastResolved({ task, choices: mine, activeId: [...decided].reverse().find((id) => mine[id]) ?? null });
      }
      const msg = !corrections
        ? translate('dk.review.resolved', { form: task.form.formNumber })
        : corrections.length
          ? translate('dk.review.spot_corrected', { form: task.form.formNumber, smart_count: corrections.length })
          : translate('dk.review.spot_confirmed', { form: task.form.formNumber });
      await moveOn(task, msg);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [choices, decided, moveOn, setBusy, showError, task, translate, warnings.length],
  );

  const submit = useCallback(async () => {
    if (!task || busyRef.current) return;
    if (task.kind !== 'SPOT_CHECK') {
      const missing = task.discrepancies.filter((d) => !choices[d.id]);
      if (missing.length) {
        setActiveId(missing[0].id);
        setStatus({ severity: 'warning', title: translate('dk.review.remaining', { count: missing.length }) });
        return;
      }
    }
    // The server decides (the warnings shown may be a moment old): a failed check opens the reason dialog.
    await send();
  }, [choices, send, task, translate]);

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

  /**
   * Takes back the review task submitted last (U): the form now open goes back to the queue, the
   * submitted one comes back claimed, with the choices it was submitted with and the cursor on the
   * row decided last, to correct and submit again.
   */
  const reopenLast = useCallback(async () => {
    const last = lastResolved;
    if (!last || busyRef.current) return;
    setBusy('reopen');
    let ok = false;
    let released = false;
    try {
      const cur = taskRef.current;
      if (cur && cur.id !== last.task.id) {
        await releaseTask(cur.id, false);
        released = true;
      }
      await reopenTask(last.task.id);
      ok = true;
    } catch (e) {
      if (released) setTask(null);
      showError(e);
    } finally {
      setBusy(null);
    }
    if (!ok) return;
    setLastResolved(null);
    setChoices((c) => ({ ...c, ...last.choices }));
    await load({ resume: true, before: translate('dk.reviewux.reopened', { form: last.task.form.formNumber }), focus: last.activeId });
    setDecided([...Object.keys(last.choices).filter((id) => id !== last.activeId), ...(last.activeId ? [last.activeId] : [])]);
  }, [lastResolved, load, setBusy, showError, translate]);

  const { dialog, can, openDialog, closeDialog, sendAction } = useTaskDialog({ task, taskRef, busyRef, setTask, setStatus, setEditingId, moveOn, override: (reason) => send(reason) });
  function openOverride() {
    openDialog('override');
  }

  return {
    task,
    spot,
    items,
    choices,
    chosen,
    allChosen,
    activeId,
    activeItem,
    editingId,
    draft,
    problemIds,
    warnings,
    busy,
    /** Reads the busy state inside event handlers without waiting for a render. */
    isBusy: () => busyRef.current !== null,
    status,
    setStatus,
    zoom,
    setZoom,
    dialog,
    can,
    setActiveId,
    setDraft,
    load,
    choose,
    clearChoice,
    undo,
    undoTarget,
    lastResolved,
    reopenLast,
    startEdit,
    confirmEdit,
    cancelEdit,
    move,
    submit,
    release,
    openDialog,
    closeDialog,
    sendAction,
  };
}

export type ReviewSession = ReturnType<typeof useReviewSession>;
