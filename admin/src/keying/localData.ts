import { USER_KEY } from '../graphql';

/**
 * What a clerk typed at the keying station (the open form's draft, a save not yet confirmed) is
 * kept in this browser under this prefix, so a reload or an expired sign-in loses nothing. It is
 * personal data on what may be a shared PC: it goes when that clerk signs out, and when someone
 * else signs in here (`forgetUnlessOwner`). An expired session keeps it for the same clerk.
 */
const PREFIX = 'dualkey.keying.';
const OWNER = `${PREFIX}owner`;

function signedInUserId(): string | null {
  try {
    const u = JSON.parse(localStorage.getItem(USER_KEY) ?? 'null') as { id?: unknown } | null;
    return u?.id == null ? null : String(u.id);
  } catch {
    return null;
  }
}

export const keyingData = {
  /** What was stored under `name`; null when nothing is, or it no longer parses. */
  get<T>(name: string): T | null {
    try {
      const v = localStorage.getItem(PREFIX + name);
      return v ? (JSON.parse(v) as T) : null;
    } catch {
      return null;
    }
  },
  /** Stored as the signed-in clerk's. */
  set(name: string, value: unknown): void {
    const owner = signedInUserId();
    if (owner) localStorage.setItem(OWNER, owner);
    localStorage.setItem(PREFIX + name, JSON.stringify(value));
  },
  remove(name: string): void {
    localStorage.removeItem(PREFIX + name);
  },
  /** Everything under the prefix: on an explicit sign-out. */
  forget(): void {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX)) keys.push(k);
    }
    for (const k of keys) localStorage.removeItem(k);
  },
  /** On a sign-in: another person's typing (or typing of no known owner) never stays for the next one. */
  forgetUnlessOwner(userId: string): void {
    if (localStorage.getItem(OWNER) !== userId) keyingData.forget();
  },
};
