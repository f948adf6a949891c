import { Box, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { scanFile, type ScanLayout } from './scanLayout';

const MAX_SCALE = 1.6;

/**
 * The active field's line of the scan, large enough to read tone marks: the scan's named view
 * `<scan>#field-<key>` in a box of exactly the view's proportions, scaled to the strip. Only for
 * scans with field views (see scanLayout); nothing otherwise.
 */
export const FieldStrip = ({ src: scanSrc, layout, fieldKey, label, index, height = 80 }: { src: string | null; layout: ScanLayout | null; fieldKey: string | null; label: string; index: number; height?: number }) => {
  const translate = useTranslate();
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setWidth(e.contentRect.width));
    ro.observe(el);
    return () => ro.disconnect();
  }, [layout]);
  const box = fieldKey ? layout?.fields.get(fieldKey) : undefined;
  if (!scanSrc || !layout || failed === scanSrc) return null;
  const scale = box && width ? Math.min((width - 16) / box.w, height / box.h, MAX_SCALE) : 0;
  const src = box ? `${scanFile(scanSrc)}#field-${fieldKey}` : '';
  return (
    <Box data-testid="field-strip" data-field={fieldKey ?? ''} sx={{ flexShrink: 0, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', bgcolor: 'background.paper' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', px: 1.25, py: 0.1, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover' }}>
        <Typography variant="caption" sx={{ fontWeight: 700, color: 'text.secondary', textTransform: 'uppercase', letterSpacing: 0.3, fontSize: '0.68rem' }}>
          {translate('dk.review.strip')}
        </Typography>
        <Typography variant="caption" sx={{ fontWeight: 600 }} noWrap>
          {box ? `${index}. ${label}` : ''}
        </Typography>
      </Stack>
      <Box ref={ref} sx={{ height: height + 4, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: '#f7f3ea' }}>
        {box && scale > 0 && (
          <img
            key={src}
            data-testid="field-strip-image"
            src={src}
            alt={label}
            onError={() => setFailed(scanSrc)}
            width={Math.round(box.w * scale)}
            height={Math.round(box.h * scale)}
            style={{ display: 'block', background: '#fff', boxShadow: '0 0 0 1px rgba(0,0,0,.06)' }}
          />
        )}
      </Box>
    </Box>
  );
};
