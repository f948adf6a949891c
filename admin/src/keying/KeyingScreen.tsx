import InboxIcon from '@mui/icons-material/InboxOutlined';
import SaveIcon from '@mui/icons-material/SaveOutlined';
import { Alert, Box, Button, Card, Chip, CircularProgress, LinearProgress, List, ListItemButton, Paper, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Title, useLocation, useSidebarState, useTranslate } from 'react-admin';
import { useFieldLabel } from '../common/fields';
import { FieldStrip } from '../review/FieldStrip';
import { translateNote } from '../review/ruleNote';
import { useScan, type ScanLayout } from '../review/scanLayout';
import { ScanPanel } from '../review/ScanPanel';
import { Kbd } from '../review/ShortcutLegend';
import { formatRemaining, useRemaining } from '../tasks/LeaseField';
import { codeSuggestions, ILLEGIBLE, plausibility, reasonMessage, refusal } from './fieldRules';
import { KeyerFigures } from './KeyerFigures';
import type { KeyingLease } from './keyingApi';
import { useTypeAhead } from './typeAhead';
import { useKeyingSession } from './useKeyingSession';

/** The key that marks the current field illegible (and unmarks it). */
export const ILLEGIBLE_KEY = 'F2';

/** A PDF page cannot be an <img>: shown by the browser's own viewer. */
const PdfScan = ({ url }: { url: string }) => <object data={url} type="application/pdf" data-testid="scan-pdf" style={{ width: '100%', height: '100%' }} />;

/**
 * The keying screen (/key, clerks): the leased form's scan beside its fields in form order, the
 * current field's line of the scan enlarged above them. Keyboard only: Enter or Tab to the next
 * field (Shift: back), F2 marks a field illegible, Ctrl+Enter saves and opens the next form (what is
 * typed before it is on screen goes in its first field: useTypeAhead). Each
 * value is checked as it is typed with the server's own rules; the plausibility checks warn.
 */
export const KeyingScreen = () => {
  const translate = useTranslate();
  const label = useFieldLabel();
  // Optional: /key?batchId=12 keys that batch only.
  const batchId = new URLSearchParams(useLocation().search).get('batchId');
  const s = useKeyingSession(batchId);
  const { lease, values, illegible, active, setActive, defs } = s;
  // Typed while the last save was on its way: the next form's first field.
  const typeAhead = useTypeAhead(s.phase, lease?.id ?? null, (text) => {
    if (defs[0]) s.setValue(defs[0].key, (values[defs[0].key] ?? '') + text);
  });
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const saveButton = useRef<HTMLButtonElement | null>(null);
  const [suggestion, setSuggestion] = useState(0);
  const [warnings, setWarnings] = useState<Map<string, string[]>>(new Map());
  // After a save refused here: every field's reason shows, an empty required one's too (while
  // typing, an empty field is not yet a mistake).
  const [tried, setTried] = useState(false);
  useEffect(() => setTried(false), [lease?.id]);
  const scan = useScan(lease?.scanUrl);
  const layout = scan.status === 'ready' ? scan.layout : null;
  const remaining = useRemaining(lease?.leaseUntil);

  // The screen wants the width: the menu folds here and comes back on leaving.
  const [sidebarOpen, setSidebarOpen] = useSidebarState();
  const sidebarWas = useRef(sidebarOpen);
  useEffect(() => {
    const was = sidebarWas.current;
    setSidebarOpen(false);
    return () => setSidebarOpen(was);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new form: the first field has the focus.
  useEffect(() => {
    if (s.phase === 'form') inputs.current[active]?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lease?.id, s.phase]);

  // Plausibility warnings, recomputed shortly after typing stops.
  useEffect(() => {
    if (!s.template) return;
    const t = setTimeout(() => {
      const v: Record<string, string | null> = {};
      for (const d of defs) v[d.key] = illegible.has(d.key) ? ILLEGIBLE : (values[d.key] ?? '').normalize('NFC').trim() || null;
      plausibility(s.template!, v).then(setWarnings, () => setWarnings(new Map()));
    }, 250);
    return () => clearTimeout(t);
  }, [s.template, defs, values, illegible]);

  const go = useCallback(
    (i: number) => {
      const n = Math.max(0, Math.min(defs.length - 1, i));
      setActive(n);
      setSuggestion(0);
      inputs.current[n]?.focus();
      inputs.current[n]?.select();
    },
    [defs.length, setActive],
  );

  const save = useCallback(
    async (patch?: Record<string, string>) => {
      const r = await s.save(patch);
      if (r) {
        setTried(true);
        go(r.firstBad);
      }
    },
    [s, go],
  );

  /** Leaving a code field: a value the server would refuse becomes the highlighted allowed code. */
  const leave = (i: number): Record<string, string> => {
    const d = defs[i];
    if (!d || d.type !== 'CODE' || illegible.has(d.key)) return {};
    const typed = values[d.key] ?? '';
    if (!typed.trim() || refusal(d, typed, false) === null) return {};
    const list = codeSuggestions(d, typed);
    if (!list.length) return {};
    const done = list[Math.min(suggestion, list.length - 1)];
    s.setValue(d.key, done);
    return { [d.key]: done };
  };

  const onKeyDown = (i: number) => (e: React.KeyboardEvent<HTMLInputElement>) => {
    const d = defs[i];
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save(leave(i));
      return;
    }
    if (e.key === ILLEGIBLE_KEY) {
      e.preventDefault();
      s.toggleIllegible(d.key);
      return;
    }
    if (d.type === 'CODE' && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const n = codeSuggestions(d, values[d.key] ?? '').length;
      if (n) setSuggestion((x) => (x + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
      return;
    }
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      leave(i);
      if (e.shiftKey) go(i - 1);
      else if (i === defs.length - 1) saveButton.current?.focus();
      else go(i + 1);
    }
  };

  // Ctrl+Enter from anywhere on the screen (the save button, the scan).
  useEffect(() => {
    const h = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !(e.target instanceof HTMLInputElement)) {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', h);
    return () => window.removeEventListener('keydown', h);
  }, [save]);

  const note = (n: string) => translateNote(n, (k) => { const f = lease?.fields.find((x) => x.key === k); return f ? label(f) : undefined; }, translate);
  const activeDef = defs[active];

  return (
    <Box sx={{ pt: 1, display: 'flex', flexDirection: 'column', gap: 1, height: 'calc(100vh - 64px)' }} data-testid="keying-screen" data-phase={s.phase}>
      <Title title={translate('dk.keying.title')} />
      {/* Unseen, focused only while a save is on its way (useTypeAhead). In the viewport: Chrome put
          the caret back at the start after text an input method inserted into an input placed off screen. */}
      <input {...typeAhead} tabIndex={-1} aria-label={translate('dk.keying.type_ahead')} autoComplete="off" spellCheck={false} lang="vi" data-testid="keying-type-ahead" style={{ position: 'fixed', left: 0, bottom: 0, width: 1, height: 1, opacity: 0, border: 0, padding: 0, pointerEvents: 'none' }} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" data-testid="keying-form-number">
          {lease ? translate('dk.keying.form', { form: lease.formNumber, batch: lease.batchCode }) : translate('dk.keying.title')}
        </Typography>
        {lease && remaining != null && (
          <Chip size="small" label={remaining > 0 ? translate('dk.keying.lease', { time: formatRemaining(remaining) }) : translate('dk.keying.lease_over')} color={remaining < 120_000 ? 'warning' : 'default'} />
        )}
        <Box sx={{ flex: 1 }} />
        <KeyerFigures figures={s.figures} compact />
      </Stack>
      {s.phase === 'saving' && (
        <Alert severity={s.attempts ? 'warning' : 'info'} data-testid="keying-saving" icon={<CircularProgress size={18} />}>
          {s.attempts ? translate('dk.keying.retrying', { n: s.attempts }) : translate('dk.keying.saving')}
        </Alert>
      )}
      {s.phase === 'lost' && (
        <Alert severity="warning" data-testid="keying-lost" action={<Button onClick={() => void s.next()}>{translate('dk.keying.open_next')}</Button>}>
          {translate('dk.keying.lost')}
        </Alert>
      )}
      {s.phase === 'error' && (
        <Alert severity="error" data-testid="keying-error" action={<Button onClick={() => void s.next()}>{translate('dk.keying.try_again')}</Button>}>
          {translate('dk.keying.failed')}
        </Alert>
      )}
      {s.phase === 'loading' && <LinearProgress />}
      {s.phase === 'empty' && (
        <Card sx={{ p: 4, textAlign: 'center' }} data-testid="keying-empty">
          <InboxIcon sx={{ fontSize: 48, color: 'text.secondary' }} />
          <Typography variant="h6">{translate('dk.keying.empty')}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('dk.keying.empty_hint')}
          </Typography>
          <Button variant="outlined" onClick={() => void s.next()} data-testid="keying-check-again">
            {translate('dk.keying.check_again')}
          </Button>
        </Card>
      )}
      {lease && (s.phase === 'form' || s.phase === 'saving') && (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1.1fr) minmax(360px, 1fr)', gap: 1.5, flex: 1, minHeight: 0 }}>
          <Paper variant="outlined" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'hidden' }}>
            {/* Over the scan, not over the fields: it appears once the scan has loaded, and above the
                form it moved every field (and a code's suggestions) down under the pointer. */}
            <Box sx={{ p: 1, pb: 0, flexShrink: 0, '&:empty': { display: 'none' } }}>
              <FieldStrip src={scan.status === 'ready' ? scan.url : null} layout={layout} fieldKey={activeDef?.key ?? null} label={activeDef ? label(activeDef) : ''} index={active + 1} />
            </Box>
            <ScanArea lease={lease} scan={scan} layout={layout} activeField={activeDef?.key ?? null} />
          </Paper>
          <Paper variant="outlined" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
            <Box component="form" data-testid="keying-form" onSubmit={(e) => e.preventDefault()} sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 1.5, pb: 1 }}>
              {defs.map((d, i) => {
                const ill = illegible.has(d.key);
                const why = s.serverProblems[d.key] ?? s.refusals[d.key];
                const warn = warnings.get(d.key) ?? [];
                const list = d.type === 'CODE' && i === active && !ill ? codeSuggestions(d, values[d.key] ?? '') : [];
                const showList = list.length > 0 && !(d.allowed ?? []).includes(values[d.key] ?? '');
                return (
                  <Box key={d.key} sx={{ py: 0.5 }} data-testid={`keying-row-${d.key}`} data-state={ill ? 'illegible' : why ? 'refused' : warn.length ? 'warning' : 'ok'}>
                    <TextField
                      fullWidth
                      size="small"
                      label={`${i + 1}. ${label(d)}${d.required ? ' *' : ''}`}
                      value={ill ? translate('dk.keying.illegible_value') : (values[d.key] ?? '')}
                      disabled={s.phase === 'saving'}
                      onChange={(e) => {
                        if (ill) return;
                        // NFC as it is typed, except in the middle of an input method's composition.
                        const native = e.nativeEvent as InputEvent;
                        s.setValue(d.key, native.isComposing ? e.target.value : e.target.value.normalize('NFC'));
                        setSuggestion(0);
                      }}
                      onCompositionEnd={(e) => s.setValue(d.key, (e.target as HTMLInputElement).value.normalize('NFC'))}
                      onFocus={() => setActive(i)}
                      onKeyDown={onKeyDown(i)}
                      error={!!why && ((values[d.key] ?? '') !== '' || tried)}
                      helperText={why && ((values[d.key] ?? '') !== '' || s.serverProblems[d.key] || tried) ? reasonMessage(why, translate) : warn.length ? warn.map(note).join('; ') : ill ? translate('dk.keying.illegible_hint', { key: ILLEGIBLE_KEY }) : ' '}
                      slotProps={{
                        htmlInput: { 'data-testid': `keying-field-${d.key}`, 'data-field': d.key, readOnly: ill, autoComplete: 'off', spellCheck: false, lang: 'vi' },
                        formHelperText: { sx: { color: why && ((values[d.key] ?? '') !== '' || tried) ? undefined : warn.length ? 'warning.main' : undefined, mx: 0 } },
                      }}
                      sx={ill ? { '& input': { fontStyle: 'italic', color: 'text.secondary' } } : undefined}
                      inputRef={(el: HTMLInputElement | null) => {
                        inputs.current[i] = el;
                      }}
                    />
                    {showList && (
                      <List dense data-testid={`keying-suggestions-${d.key}`} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, py: 0, mt: 0.25 }}>
                        {list.map((c, j) => (
                          <ListItemButton
                            key={c}
                            selected={j === suggestion}
                            tabIndex={-1}
                            onMouseDown={(e) => {
                              e.preventDefault();
                              s.setValue(d.key, c);
                            }}
                            sx={{ py: 0 }}
                          >
                            {c}
                          </ListItemButton>
                        ))}
                      </List>
                    )}
                  </Box>
                );
              })}
            </Box>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', p: 1, borderTop: 1, borderColor: 'divider', flexWrap: 'wrap' }}>
              <Typography variant="caption" color="text.secondary" sx={{ flex: 1 }} data-testid="keying-legend">
                <Kbd>Enter</Kbd>/<Kbd>Tab</Kbd> {translate('dk.keying.keys.next')} · <Kbd>Shift</Kbd>+<Kbd>Tab</Kbd> {translate('dk.keying.keys.back')} · <Kbd>{ILLEGIBLE_KEY}</Kbd> {translate('dk.keying.keys.illegible')} · <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd>{' '}
                {translate('dk.keying.keys.save')}
              </Typography>
              <Button ref={saveButton} variant="contained" startIcon={<SaveIcon />} onClick={() => void save()} disabled={s.phase !== 'form'} data-testid="keying-save">
                {translate('dk.keying.save_next')}
              </Button>
            </Stack>
          </Paper>
        </Box>
      )}
    </Box>
  );
};

const ScanArea = ({ lease, scan, layout, activeField }: { lease: KeyingLease; scan: ReturnType<typeof useScan>; layout: ScanLayout | null; activeField: string | null }) => {
  const translate = useTranslate();
  const [zoom, setZoom] = useState(1);
  if (lease.scanType === 'application/pdf' && scan.status === 'ready') return <PdfScan url={scan.url} />;
  return <ScanPanel imageRef={lease.scanUrl} scan={scan} zoom={zoom} onZoom={setZoom} alt={translate('dk.keying.scan_alt', { form: lease.formNumber })} layout={layout} activeField={activeField} />;
};
