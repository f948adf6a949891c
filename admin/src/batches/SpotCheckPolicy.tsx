import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDescribeError } from '../common/PromptDialog';

export interface Policy {
  spotCheckEvery?: number | null;
  spotCheckPercent?: number | null;
  spotCheckSeed?: number | null;
  spotCheckMode?: Draw | null;
}

/** How a percentage is drawn: the same share for every form, or by the clerks' error rates. */
type Draw = 'UNIFORM' | 'RISK';

/** "Every 10th auto-verified form", "5% (seed 42)" or "none", in the interface language. */
export function usePolicyText() {
  const translate = useTranslate();
  return (p: Policy | undefined | null) =>
    p?.spotCheckEvery
      ? translate('dk.batches.policy_every', { n: p.spotCheckEvery })
      : p?.spotCheckPercent
        ? translate(p.spotCheckMode === 'RISK' ? 'dk.batches.policy_percent_risk' : 'dk.batches.policy_percent', { percent: p.spotCheckPercent, seed: p.spotCheckSeed ?? '—' })
        : translate('dk.batches.policy_none');
}

export const SpotCheckPolicyField = (_: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<Policy & { id: string }>();
  const text = usePolicyText();
  if (!record) return null;
  const none = !record.spotCheckEvery && !record.spotCheckPercent;
  return (
    <Typography component="span" variant="body2" color={none ? 'text.secondary' : 'text.primary'} data-testid="spot-check-policy" sx={{ whiteSpace: 'nowrap' }}>
      {text(record)}
    </Typography>
  );
};

type Mode = 'none' | 'every' | 'percent';

export interface PolicyInput {
  every?: number;
  percent?: number;
  seed?: number;
  mode?: Draw;
}

/** The admin's spot-check policy editor: none, every Nth auto-verified form, or a seeded percentage. */
export const SpotCheckPolicyDialog = ({ open, policy, onSave, onClose }: { open: boolean; policy: Policy; onSave: (p: PolicyInput) => Promise<void>; onClose: () => void }) => {
  const translate = useTranslate();
  const describe = useDescribeError();
  const [mode, setMode] = useState<Mode>('none');
  const [every, setEvery] = useState('');
  const [percent, setPercent] = useState('');
  const [seed, setSeed] = useState('');
  const [draw, setDraw] = useState<Draw>('UNIFORM');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setMode(policy.spotCheckEvery ? 'every' : policy.spotCheckPercent ? 'percent' : 'none');
    setEvery(policy.spotCheckEvery ? String(policy.spotCheckEvery) : '20');
    setPercent(policy.spotCheckPercent ? String(policy.spotCheckPercent) : '5');
    setSeed(policy.spotCheckSeed != null ? String(policy.spotCheckSeed) : '');
    setDraw(policy.spotCheckMode === 'RISK' ? 'RISK' : 'UNIFORM');
    setError(null);
    setBusy(false);
  }, [open, policy]);
  const n = Number(every);
  const p = Number(percent.replace(',', '.'));
  const everyBad = mode === 'every' && !(Number.isInteger(n) && n >= 2 && n <= 100000);
  const percentBad = mode === 'percent' && !(p > 0 && p <= 100);
  const seedBad = mode === 'percent' && seed.trim() !== '' && !/^\d{1,9}$/.test(seed.trim());
  const save = async () => {
    if (busy || everyBad || percentBad || seedBad) return;
    setBusy(true);
    setError(null);
    try {
      await onSave(mode === 'every' ? { every: n } : mode === 'percent' ? { percent: p, mode: draw, ...(seed.trim() ? { seed: Number(seed) } : {}) } : {});
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={() => !busy && onClose()} maxWidth="xs" fullWidth data-testid="policy-dialog">
      <DialogTitle sx={{ pb: 0.5 }}>{translate('dk.batches.policy_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('dk.batches.policy_hint')}
        </Typography>
        <RadioGroup value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          <FormControlLabel value="none" control={<Radio size="small" />} label={translate('dk.batches.policy_none')} />
          <FormControlLabel value="every" control={<Radio size="small" />} label={translate('dk.batches.mode_every')} />
          {mode === 'every' && (
            <TextField
              sx={{ ml: 4, maxWidth: 220 }}
              label={translate('dk.batches.every_n')}
              value={every}
              onChange={(e) => setEvery(e.target.value)}
              error={everyBad}
              helperText={translate('dk.batches.every_help')}
              slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'policy-every' } }}
            />
          )}
          <FormControlLabel value="percent" control={<Radio size="small" />} label={translate('dk.batches.mode_percent')} />
          {mode === 'percent' && (
            <Stack direction="row" spacing={1} sx={{ ml: 4 }}>
              <TextField
                label={translate('dk.batches.percent')}
                value={percent}
                onChange={(e) => setPercent(e.target.value)}
                error={percentBad}
                helperText={translate('dk.batches.percent_help')}
                slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'policy-percent' } }}
              />
              <TextField
                label={translate('dk.batches.seed')}
                value={seed}
                onChange={(e) => setSeed(e.target.value)}
                error={seedBad}
                helperText={translate('dk.batches.seed_help')}
                slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'policy-seed' } }}
              />
            </Stack>
          )}
          {mode === 'percent' && (
            <TextField
              select
              sx={{ ml: 4, mt: 1 }}
              label={translate('dk.batches.draw')}
              value={draw}
              onChange={(e) => setDraw(e.target.value as Draw)}
              helperText={translate(draw === 'RISK' ? 'dk.batches.draw_risk_help' : 'dk.batches.draw_uniform_help')}
              slotProps={{ htmlInput: { 'data-testid': 'policy-draw' } }}
            >
              <MenuItem value="UNIFORM">{translate('dk.batches.draw_uniform')}</MenuItem>
              <MenuItem value="RISK">{translate('dk.batches.draw_risk')}</MenuItem>
            </TextField>
          )}
        </RadioGroup>
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy} color="inherit">
          {translate('ra.action.cancel')}
        </Button>
        <Button
          data-testid="policy-save"
          variant="contained"
          onClick={() => void save()}
          disabled={busy || everyBad || percentBad || seedBad}
          startIcon={busy ? <CircularProgress size={14} color="inherit" /> : undefined}
        >
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
