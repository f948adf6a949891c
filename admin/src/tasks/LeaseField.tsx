import { Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';

export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Time left on a claimed task's lease, ticking. */
export function useRemaining(until: string | null | undefined): number | null {
  // The interval only re-renders; the time is read at render, so a new lease is never stale.
  const [, tick] = useState(0);
  useEffect(() => {
    if (!until) return;
    const t = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [until]);
  if (!until) return null;
  return Date.parse(until) - Date.now();
}

export const LeaseField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  const left = useRemaining(r?.status === 'CLAIMED' ? r.leaseUntil : null);
  if (left == null) return null;
  return (
    <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', color: left < 60_000 ? 'error.main' : 'text.primary' }}>
      {left > 0 ? formatRemaining(left) : translate('dk.review.lease_expired')}
    </Typography>
  );
};
