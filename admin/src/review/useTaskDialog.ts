import { useState, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import { useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { gqlCode, type GqlError } from '../graphql';
import type { TaskAction } from './ActionDialog';
import { addTaskComment, escalateTask, rejectForm, requestRekey, type ReviewTask } from './reviewApi';
import type { Busy, Status } from './useReviewSession';

/**
 * The open task's dialog actions (escalate, re-key, reject, comment, the reason to keep values that fail checks): which ones the task allows,
 * which dialog is open, and sending one. A refusal goes back to the dialog, which keeps the text.
 */
export function useTaskDialog(s: {
  task: ReviewTask | null;
  taskRef: MutableRefObject<ReviewTask | null>;
  busyRef: MutableRefObject<Busy>;
  setTask: Dispatch<SetStateAction<ReviewTask | null>>;
  setStatus: (s: Status) => void;
  setEditingId: (id: string | null) => void;
  /** After the task left this reviewer: the next one opens, `message` says what happened. */
  moveOn: (t: ReviewTask, message: string) => Promise<void>;
  /** Submits the task's choices with a reason to keep values that fail checks (throws when refused). */
  override: (reason: string) => Promise<void>;
}) {
  const translate = useTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [dialog, setDialog] = useState<TaskAction | null>(null);
  const { task } = s;

  /** A server refusal as one translated line (dialogs show it in place). */
  const describe = (e: unknown) => {
    const code = gqlCode(e) ?? 'other';
    const err = e as GqlError;
    if (err?.body?.transport) return translate(`dk.errors.${code}`, { _: err.message });
    return `${translate(`dk.errors.${code}`, { _: translate('dk.errors.other') })} — ${translate('dk.errors.server_said', { message: err?.message ?? String(e) })}`;
  };

  /** Which dialog actions the open task allows. */
  const can: Record<TaskAction, boolean> = {
    escalate: Boolean(task && !task.escalated),
    rekey: Boolean(task && task.kind === 'REVIEW'),
    reject: Boolean(task && task.kind === 'REVIEW'),
    comment: Boolean(task),
    override: Boolean(task),
  };

  const openDialog = (a: TaskAction) => {
    if (!task || s.busyRef.current) return;
    if (!can[a]) {
      s.setStatus({ severity: 'warning', title: translate(`dk.actions.${a}.unavailable`) });
      return;
    }
    s.setEditingId(null);
    setDialog(a);
  };

  const closeDialog = () => setDialog(null);

  /** Sends a dialog's action; a refusal is thrown back to the dialog, which shows it with the text kept. */
  const sendAction = async (action: TaskAction, text: string) => {
    const t = s.taskRef.current;
    if (!t) return;
    if (action === 'override') {
      try {
        await s.override(text);
      } catch (e) {
        if (gqlCode(e) === 'UNAUTHENTICATED') logoutIfAccessDenied(e);
        throw new Error(describe(e));
      }
      setDialog(null);
      return;
    }
    try {
      if (action === 'comment') {
        const c = await addTaskComment(t.id, text);
        s.setTask((cur) => (cur && cur.id === t.id ? { ...cur, comments: [...cur.comments, c] } : cur));
      } else if (action === 'escalate') await escalateTask(t.id, text);
      else if (action === 'rekey') await requestRekey(t.id, text);
      else await rejectForm(t.id, text);
    } catch (e) {
      if (gqlCode(e) === 'UNAUTHENTICATED') logoutIfAccessDenied(e);
      throw new Error(describe(e));
    }
    setDialog(null);
    if (action === 'comment') {
      s.setStatus({ severity: 'success', title: translate('dk.actions.comment.done', { form: t.form.formNumber }) });
      return;
    }
    await s.moveOn(t, translate(`dk.actions.${action}.done`, { form: t.form.formNumber }));
  };

  return { dialog, can, openDialog, closeDialog, sendAction };
}
