import { useEffect, useRef } from 'react';
import { useSidebarState } from 'react-admin';

/**
 * The menu's open state is remembered (react-admin's store, localStorage). A screen that collapses
 * it for room must not leave that collapse behind: after a reload on such a screen the stored
 * state is the collapse itself, and restoring it on leaving kept the menu closed everywhere.
 * The user's own choice is therefore kept under its own key while a screen holds the menu closed.
 */
const BEFORE_KEY = 'dualkey.sidebarBeforeCollapse';
let holding = 0;

/** Collapses the menu while the calling screen is shown, and puts the user's choice back on leaving. */
export function useCollapsedSidebar(): void {
  const [open, setOpen] = useSidebarState();
  const openAtMount = useRef(open);
  useEffect(() => {
    const saved = localStorage.getItem(BEFORE_KEY);
    const was = saved !== null ? saved === '1' : openAtMount.current;
    localStorage.setItem(BEFORE_KEY, was ? '1' : '0');
    holding++;
    setOpen(false);
    return () => {
      holding--;
      localStorage.removeItem(BEFORE_KEY);
      setOpen(was);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/**
 * For the layout: a collapse left behind by a screen that never unmounted (the tab was closed or
 * reloaded on it, then opened on another screen) is undone.
 */
export function useSidebarLeftCollapsed(): void {
  const [, setOpen] = useSidebarState();
  useEffect(() => {
    const saved = localStorage.getItem(BEFORE_KEY);
    if (saved === null || holding > 0) return;
    localStorage.removeItem(BEFORE_KEY);
    setOpen(saved === '1');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
