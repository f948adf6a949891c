import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { gqlCode, type FieldProblem } from '../graphql';
import { claimNextKeying, isRetryable, keyingFigures, newIdempotencyKey, pendingStore, saveKeying, type KeyingFigures, type KeyingLease, type PendingSave } from './keyingApi';
import { fieldDef, refusal, templateOf, valuesToSave } from './fieldRules';
import { keyingData } from './localData';

const DRAFT = 'draft';

interface Draft {
  workId: string;
  idempotencyKey: string;
  startedAt: string;
  values: Record<string, string>;
  illegible: string[];
}

const readDraft = (): Draft | null => keyingData.get<Draft>(DRAFT);

export type Phase = 'loading' | 'form' | 'saving' | 'empty' | 'lost' | 'error';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One clerk's keying session: the leased form, what is typed (kept in localStorage as a draft, so
 * a reload loses nothing), and the save: sent with the idempotency key made when the form opened,
 * retried as it is while the network or the server fails (a 503 during a database switch-over),
 * so a keying is never lost nor stored twice; then the next form.
 */
export function useKeyingSession(batchId: string | null) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [lease, setLease] = useState<KeyingLease | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [illegible, setIllegible] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
  const [figures, setFigures] = useState<KeyingFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const meta = useRef<{ idempotencyKey: string; startedAt: string } | null>(null);
  const live = useRef(true);
  /** A save in flight: a second Ctrl+Enter before the screen re-renders sends nothing. */
  const saving = useRef(false);

  const refreshFigures = useCallback(() => {
    keyingFigures().then(
      (f) => live.current && setFigures(f),
      () => undefined,
    );
  }, []);

  const open = useCallback((l: KeyingLease | null) => {
    setServerProblems({});
    setActive(0);
    if (!l) {
      setLease(null);
      setPhase('empty');
      return;
    }
    const draft = readDraft();
    if (draft && draft.workId === l.id) {
      meta.current = { idempotencyKey: draft.idempotencyKey, startedAt: draft.startedAt };
      setValues(draft.values);
      setIllegible(new Set(draft.illegible));
    } else {
      meta.current = { idempotencyKey: newIdempotencyKey(l.id), startedAt: new Date().toISOString() };
      setValues({});
      setIllegible(new Set());
    }
    setLease(l);
    setPhase('form');
  }, []);

  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  /** A refusal of the sign-in itself: handed to react-admin, which opens the sign-in page (true). */
  const signedOut = useCallback(
    (e: unknown) => {
      const code = gqlCode(e);
      if (code !== 'UNAUTHENTICATED' && code !== 'PASSWORD_CHANGE_REQUIRED') return false;
      void logoutIfAccessDenied(e);
      return true;
    },
    [logoutIfAccessDenied],
  );

  const next = useCallback(async () => {
    setPhase('loading');
    try {
      const l = await claimNextKeying(batchId);
      if (live.current) open(l);
    } catch (e) {
      if (!live.current) return;
      if (signedOut(e)) return;
      setError((e as Error).message);
      setPhase('error');
    }
  }, [open, batchId, signedOut]);

  /** Sends a pending save until the server decides; when stored (or stored before), the next form (null: none left). */
  const send = useCallback(async (p: PendingSave): Promise<{ next: KeyingLease | null } | null> => {
    setPhase('saving');
    for (let attempt = 0; live.current; attempt++) {
      setAttempts(attempt);
      try {
        const next = await saveKeying(p, batchId);
        pendingStore.set(null);
        keyingData.remove(DRAFT);
        return { next };
      } catch (e) {
        if (isRetryable(e)) {
          await sleep(Math.min(5000, 400 * 2 ** attempt));
          continue;
        }
        // Signed out (expired, disabled, password to change): the save waits in the browser and is
        // sent once signed in again, its draft with it; the sign-in page opens.
        if (signedOut(e)) return null;
        pendingStore.set(null);
        const code = gqlCode(e);
        if (code === 'BAD_USER_INPUT') {
          const problems = ((e as { body?: { problems?: FieldProblem[] } }).body?.problems ?? []) as FieldProblem[];
          setServerProblems(Object.fromEntries(problems.map((x) => [x.field, x.reason])));
          setPhase('form');
        } else if (code === 'LEASE_EXPIRED' || code === 'CONFLICT' || code === 'NOT_FOUND') {
          keyingData.remove(DRAFT);
          setError((e as Error).message);
          setPhase('lost');
        } else {
          setError((e as Error).message);
          setPhase('error');
        }
        return null;
      }
    }
    return null;
  }, [batchId, signedOut]);

  // A save left unconfirmed by a reload or a closed tab is finished first.
  useEffect(() => {
    live.current = true;
    void (async () => {
      const pending = pendingStore.get();
      const saved = pending ? await send(pending) : null;
      if (!live.current) return;
      // A pending save refused after a reload: the held form (or the next) opens with its draft.
      if (saved) open(saved.next);
      else await next();
    })();
    refreshFigures();
    return () => {
      live.current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every change is kept at once: a crash or reload brings the same form back with what was typed.
  useEffect(() => {
    if (!lease || !meta.current || phase !== 'form') return;
    const d: Draft = { workId: lease.id, ...meta.current, values, illegible: [...illegible] };
    keyingData.set(DRAFT, d);
  }, [lease, values, illegible, phase]);

  const defs = useMemo(() => (lease ? lease.fields.map(fieldDef) : []), [lease]);
  const template = useMemo(() => (lease ? templateOf(lease.fields) : null), [lease]);
  const refusals = useMemo(() => {
    const out: Record<string, string> = {};
    for (const d of defs) {
      const why = refusal(d, values[d.key] ?? '', illegible.has(d.key));
      if (why) out[d.key] = why;
    }
    return out;
  }, [defs, values, illegible]);

  const setValue = useCallback((key: string, v: string) => {
    setValues((cur) => ({ ...cur, [key]: v }));
    setServerProblems((cur) => {
      if (!(key in cur)) return cur;
      const rest = { ...cur };
      delete rest[key];
      return rest;
    });
  }, []);

  // What was typed stays (hidden, never sent while the field is marked): F2 again gives it back.
  const toggleIllegible = useCallback((key: string) => {
    setIllegible((cur) => {
      const s = new Set(cur);
      if (s.has(key)) s.delete(key);
      else s.add(key);
      return s;
    });
  }, []);

  /** Saves and opens the next form; refused at once (nothing sent) while a field breaks a rule. */
  const save = useCallback(async (patch: Record<string, string> = {}): Promise<{ firstBad: number } | null> => {
    if (!lease || !meta.current || phase !== 'form' || saving.current) return null;
    // `patch`: a value completed as the field was left, not yet in state.
    const typed = { ...values, ...patch };
    const bad = defs.findIndex((d) => refusal(d, typed[d.key] ?? '', illegible.has(d.key)));
    if (bad >= 0) return { firstBad: bad };
    const p: PendingSave = { workId: lease.id, ...meta.current, submittedAt: new Date().toISOString(), ...valuesToSave(lease.fields, typed, illegible) };
    pendingStore.set(p);
    saving.current = true;
    try {
      const saved = await send(p);
      if (saved && live.current) {
        refreshFigures();
        open(saved.next);
      }
    } finally {
      saving.current = false;
    }
    return null;
  }, [lease, phase, defs, values, illegible, send, open, refreshFigures]);

  return { phase, lease, values, illegible, active, setActive, setValue, toggleIllegible, refusals, serverProblems, defs, template, save, next, attempts, figures, error };
}
