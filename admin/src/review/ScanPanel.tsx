import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import FitIcon from '@mui/icons-material/FitScreen';
import ImageNotSupportedIcon from '@mui/icons-material/ImageNotSupportedOutlined';
import { Box, CircularProgress, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ScanLayout, ScanState } from './scanLayout';

export const ZOOM_MIN = 0.5;
export const ZOOM_MAX = 4;
export const zoomStep = (z: number, dir: 1 | -1) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, Math.round((z + dir * 0.25) * 100) / 100));

/**
 * The scanned form, zoomable (the +/− keys are handled by the review screen). With a scan layout
 * the active field is outlined and scrolled into view. `scan` is what useScan fetched; `imageRef`
 * is named when it can't be shown.
 */
export const ScanPanel = ({ imageRef, scan, zoom, onZoom, alt, layout, activeField, title }: { imageRef: string | null; scan: ScanState; zoom: number; onZoom: (z: number) => void; alt: string; layout?: ScanLayout | null; activeField?: string | null; title?: React.ReactNode }) => {
  const translate = useTranslate();
  const [failed, setFailed] = useState(false);
  const src = scan.status === 'ready' ? scan.url : null;
  useEffect(() => setFailed(false), [src]);
  const missing = !src || failed;
  const box = activeField ? layout?.fields.get(activeField) : undefined;
  const viewport = useRef<HTMLDivElement | null>(null);
  const mark = useRef<HTMLDivElement | null>(null);
  // Keep the active field in view (centred when it was out of sight), also after a zoom.
  useEffect(() => {
    const v = viewport.current;
    const m = mark.current;
    if (!v || !m) return;
    const id = requestAnimationFrame(() => {
      const vr = v.getBoundingClientRect();
      const mr = m.getBoundingClientRect();
      if (mr.top < vr.top + 8 || mr.bottom > vr.bottom - 8) v.scrollTop += mr.top - vr.top - (vr.height - mr.height) / 2;
      if (mr.left < vr.left || mr.right > vr.right) v.scrollLeft += mr.left - vr.left - (vr.width - mr.width) / 2;
    });
    return () => cancelAnimationFrame(id);
  }, [box, zoom]);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle2" sx={{ flex: 1, minWidth: 0 }} noWrap>
          {title ?? translate('dk.review.scan')}
        </Typography>
        <Tooltip title={translate('dk.review.zoom_out')}>
          <span>
            <IconButton onClick={() => onZoom(zoomStep(zoom, -1))} disabled={missing || zoom <= ZOOM_MIN} aria-label={translate('dk.review.zoom_out')}>
              <ZoomOutIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Typography variant="caption" data-testid="scan-zoom" sx={{ width: 44, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}>
          {Math.round(zoom * 100)}%
        </Typography>
        <Tooltip title={translate('dk.review.zoom_in')}>
          <span>
            <IconButton onClick={() => onZoom(zoomStep(zoom, 1))} disabled={missing || zoom >= ZOOM_MAX} aria-label={translate('dk.review.zoom_in')}>
              <ZoomInIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={translate('dk.review.zoom_reset')}>
          <span>
            <IconButton onClick={() => onZoom(1)} disabled={missing} aria-label={translate('dk.review.zoom_reset')}>
              <FitIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </Stack>
      <Box ref={viewport} sx={{ flex: 1, minHeight: 0, overflow: 'auto', bgcolor: (t) => (t.palette.mode === 'light' ? '#e9edf2' : '#0d1116'), p: 1 }}>
        {scan.status === 'loading' ? (
          <Stack data-testid="scan-loading" spacing={1} sx={{ alignItems: 'center', justifyContent: 'center', height: '100%', minHeight: 220, color: 'text.secondary' }}>
            <CircularProgress size={28} />
            <Typography variant="body2">{translate('dk.review.scan_loading')}</Typography>
          </Stack>
        ) : missing ? (
          <Stack data-testid="scan-placeholder" data-reason={scan.status === 'ready' ? 'failed' : scan.status} spacing={1} sx={{ alignItems: 'center', justifyContent: 'center', height: '100%', minHeight: 220, color: 'text.secondary', border: '2px dashed', borderColor: 'divider', borderRadius: 1 }}>
            <ImageNotSupportedIcon sx={{ fontSize: 48, opacity: 0.6 }} />
            <Typography variant="body2">{translate(!imageRef ? 'dk.review.no_scan' : scan.status === 'refused' ? 'dk.review.scan_refused' : 'dk.review.scan_failed')}</Typography>
            {imageRef && (
              <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all', px: 2, textAlign: 'center' }}>
                {imageRef}
              </Typography>
            )}
          </Stack>
        ) : (
          <Box sx={{ position: 'relative', width: `${zoom * 100}%` }}>
            <img
              key={src}
              data-testid="scan-image"
              src={src ?? undefined}
              alt={alt}
              onError={() => setFailed(true)}
              style={{ display: 'block', width: '100%', maxWidth: 'none', height: 'auto', background: '#fff', boxShadow: '0 1px 3px rgba(0,0,0,.25)' }}
            />
            {box && layout && (
              <Box
                ref={mark}
                data-testid="scan-field-mark"
                sx={(t) => ({
                  position: 'absolute',
                  left: `${(box.x / layout.width) * 100}%`,
                  top: `${(box.y / layout.height) * 100}%`,
                  width: `${(box.w / layout.width) * 100}%`,
                  height: `${(box.h / layout.height) * 100}%`,
                  border: `2px solid ${t.palette.primary.main}`,
                  borderRadius: '3px',
                  bgcolor: 'rgba(29, 78, 137, 0.07)',
                  pointerEvents: 'none',
                })}
              />
            )}
          </Box>
        )}
      </Box>
    </Box>
  );
};
