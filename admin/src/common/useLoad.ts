import { useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';

/**
 * Runs `load` once per `key` (nothing when `key` is null) and keeps its result or error message;
 * an answer after the component left is dropped, and an access denial signs the user out.
 */
export function useLoad<T>(load: () => Promise<T>, key: string | null): { data: T | null; error: string | null } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load()
      .then((d) => live && setData(d))
      .catch((e) => {
        if (!live) return;
        logoutIfAccessDenied(e);
        setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
    };
    // `key` names what `load` fetches.
  }, [key, logoutIfAccessDenied]);
  return { data, error };
}
