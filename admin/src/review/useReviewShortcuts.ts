import { useEffect, useRef } from 'react';
import type { TaskAction } from './ActionDialog';
import { CHECK_KINDS, type Choice, type ReviewDiscrepancy } from './reviewApi';

/** What the review screen's keys act on; read afresh on every key press. */
export interface ShortcutTarget {
  /** A row is being edited, or a dialog (action, help) is open: the keys belong to it. */
  blocked: boolean;
  /** A request is under way (read from the session's ref, not the last render). */
  isBusy: () => boolean;
  activeId: string | null;
  /** The active row's discrepancy (review tasks only). */
  activeDiscrepancy: ReviewDiscrepancy | undefined;
  /** A review task (not a spot check) is open. */
  review: boolean;
  /** A review task is open whose agreed rows can be folded. */
  canFoldAgreed: boolean;
  zoomBy: (dir: 1 | -1) => void;
  zoomReset: () => void;
  showHelp: () => void;
  next: () => void;
  move: (dir: 1 | -1) => void;
  choose: (id: string, choice: Choice) => void;
  /** Says why a key did nothing (a translation key). */
  warn: (message: string) => void;
  startEdit: (id: string) => void;
  clearChoice: (id: string) => void;
  /** Clears the active row's choice, or else the row decided last; false when nothing is decided. */
  undo: () => boolean;
  /** A review task was submitted on this screen and may be reopened (U). */
  canReopenLast: boolean;
  reopenLast: () => void;
  submit: () => void;
  release: () => void;
  openDialog: (a: TaskAction) => void;
  toggleAgreed: () => void;
}

interface Shortcut {
  /** `KeyboardEvent.key` values; single characters are matched lower-cased (N and n alike). */
  keys: string[];
  /** Zoom and help work while a request is under way; everything else waits for it. */
  whileBusy?: boolean;
  /** When false the key is left alone (not prevented), as if it had no shortcut. */
  when?: (t: ShortcutTarget) => boolean;
  run: (t: ShortcutTarget, e: KeyboardEvent) => void;
}

const onActive = (t: ShortcutTarget) => t.activeId !== null;
const onActiveReview = (t: ShortcutTarget) => t.activeId !== null && t.review;

/** Every key of the review screen (ShortcutLegend shows them to the reviewer). */
export const REVIEW_SHORTCUTS: Shortcut[] = [
  { keys: ['+', '='], whileBusy: true, run: (t) => t.zoomBy(1) },
  { keys: ['-', '_'], whileBusy: true, run: (t) => t.zoomBy(-1) },
  { keys: ['0'], whileBusy: true, run: (t) => t.zoomReset() },
  { keys: ['?'], whileBusy: true, run: (t) => t.showHelp() },
  { keys: ['n'], run: (t) => t.next() },
  { keys: ['ArrowDown'], run: (t) => t.move(1) },
  { keys: ['ArrowUp'], run: (t) => t.move(-1) },
  { keys: ['1'], when: onActiveReview, run: (t) => t.choose(t.activeId!, { choice: 'FIRST' }) },
  {
    keys: ['2'],
    when: onActiveReview,
    // A check's discrepancy has one agreed value: 2 confirms it like 1.
    run: (t) => t.choose(t.activeId!, { choice: t.activeDiscrepancy && CHECK_KINDS.has(t.activeDiscrepancy.kind) && t.activeDiscrepancy.value3 == null ? 'FIRST' : 'SECOND' }),
  },
  {
    keys: ['3'],
    when: onActiveReview,
    run: (t) => (t.activeDiscrepancy?.value3 != null ? t.choose(t.activeId!, { choice: 'THIRD' }) : t.warn('dk.review.no_third')),
  },
  { keys: ['e'], when: onActive, run: (t) => t.startEdit(t.activeId!) },
  { keys: ['i'], when: onActive, run: (t) => t.choose(t.activeId!, { choice: 'VALUE', illegible: true }) },
  // After 1, 2 or I the cursor has moved on: Del takes back the row just decided, not the next one.
  { keys: ['Delete', 'Backspace'], run: (t) => void (t.undo() || t.warn('dk.reviewux.nothing_to_undo')) },
  { keys: ['u'], when: (t) => t.canReopenLast, run: (t) => t.reopenLast() },
  // Preventing Enter also keeps a focused button from being "clicked" by the same key press.
  { keys: ['Enter'], run: (t) => t.submit() },
  { keys: ['r'], run: (t, e) => (e.shiftKey ? t.openDialog('reject') : t.release()) },
  { keys: ['j'], run: (t) => t.openDialog('reject') },
  { keys: ['x'], run: (t) => t.openDialog('escalate') },
  { keys: ['k'], run: (t) => t.openDialog('rekey') },
  { keys: ['c'], run: (t) => t.openDialog('comment') },
  { keys: ['a'], when: (t) => t.canFoldAgreed, run: (t) => t.toggleAgreed() },
];

const BY_KEY = new Map(REVIEW_SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s] as const)));

/** Inputs that take no text: a click leaves focus on them, and the screen's keys must still work. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);
const isTyping = (el: EventTarget | null) => {
  const e = el as HTMLElement | null;
  if (!e) return false;
  if (e.tagName === 'INPUT') return !NOT_TEXT.has((e as HTMLInputElement).type);
  return e.tagName === 'TEXTAREA' || e.tagName === 'SELECT' || e.isContentEditable;
};

/** One keydown listener for the whole screen, reading the latest target through a ref. */
export function useReviewShortcuts(target: ShortcutTarget) {
  const latest = useRef(target);
  latest.current = target;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = latest.current;
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target) || t.blocked) return;
      // An open menu or dialog (language, user menu) owns the keyboard: focus is trapped inside it.
      if ((e.target as Element | null)?.closest?.('.MuiModal-root, [role="menu"], [role="dialog"]')) return;
      const s = BY_KEY.get(e.key.length === 1 ? e.key.toLowerCase() : e.key);
      if (!s || (!s.whileBusy && t.isBusy()) || (s.when && !s.when(t))) return;
      e.preventDefault();
      s.run(t, e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
