import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Phase } from './useKeyingSession';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Keys that edit the text typed ahead; any other named key (Enter, Tab, arrows, F2…) ends it. */
const EDITING = new Set(['Backspace', 'Delete', 'Shift', 'CapsLock', 'Alt', 'AltGraph', 'Control', 'Meta', 'Process', 'Dead', 'Unidentified']);

/**
 * Whether a key ends the type-ahead: Enter, Tab and the other named keys meant another field or a
 * command, which the clerk gives on the form itself. Characters (with AltGr too), the keys an
 * input method sends (Backspace, composition) and shortcuts (Ctrl+V) do not.
 */
export function endsTypeAhead(e: KeyLike): boolean {
  if ([...e.key].length === 1 || EDITING.has(e.key)) return false;
  if ((e.ctrlKey || e.metaKey) && e.key !== 'Enter') return false;
  return true;
}

/** Enough for a first field; a clerk typing on through a long retry is not helped by more. */
export const TYPE_AHEAD_MAX = 200;

/**
 * Clerks type ahead: they press Ctrl+Enter and start on the next scan's first field before it is
 * on screen. While a save is on its way the fields are disabled, so keys typed then went nowhere.
 * Now they go to a hidden input (an input, so input methods compose in it as in a field), and
 * when the next form opens its text is given to `apply` (the screen puts it in the first field).
 * If the same form comes back (the save refused) or none follows, it is dropped: never typed into
 * a form it was not meant for. Returns the input's ref and key handler.
 */
export function useTypeAhead(phase: Phase, leaseId: string | null, apply: (text: string) => void) {
  const sink = useRef<HTMLInputElement | null>(null);
  /** The form being saved while typing ahead; undefined when not. */
  const from = useRef<string | null | undefined>(undefined);
  const applyRef = useRef(apply);
  applyRef.current = apply;

  // Before paint: no moment in which the fields are disabled and the keys have nowhere to go.
  useLayoutEffect(() => {
    const el = sink.current;
    if (phase === 'saving') {
      if (from.current !== undefined) return;
      from.current = leaseId;
      if (el) {
        el.value = '';
        el.readOnly = false;
        el.focus();
      }
      return;
    }
    if (from.current === undefined) return;
    const was = from.current;
    from.current = undefined;
    const text = el ? el.value.normalize('NFC') : '';
    if (el) {
      el.value = '';
      // Keys typed on (no form, or the form lost) go nowhere, as on any screen without a field.
      if (document.activeElement === el) el.blur();
    }
    if (phase === 'form' && leaseId !== null && leaseId !== was && text) applyRef.current(text);
  }, [phase, leaseId]);

  const onKeyDown = useCallback((e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!endsTypeAhead(e)) return;
    e.preventDefault();
    e.currentTarget.readOnly = true;
  }, []);

  return { ref: sink, onKeyDown, maxLength: TYPE_AHEAD_MAX };
}
