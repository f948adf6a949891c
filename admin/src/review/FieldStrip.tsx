import { Box, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';

/** Scans that define a named view per field (`<view id="field-<key>">`), such as the demo SVG scans. */
export const hasFieldViews = (imageRef: string | null | undefined): imageRef is string => !!imageRef && /\.svg(?:$|[?#])/i.test(imageRef);

/**
 * The active field's line of the scan, large enough to read tone marks: `imageRef#field-<key>`
 * (an SVG view fragment). Hidden for scans without field views, and when the image fails.
 */
export const FieldStrip = ({ imageRef, fieldKey, label, index, height = 76 }: { imageRef: string | null; fieldKey: string | null; label: string; index: number; height?: number }) => {
  const translate = useTranslate();
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => setFailed(null), [imageRef]);
  if (!fieldKey || !hasFieldViews(imageRef) || failed === imageRef) return null;
  const src = `${imageRef.replace(/#.*$/, '')}#field-${fieldKey}`;
  return (
    <Box data-testid="field-strip" data-field={fieldKey} sx={{ flexShrink: 0, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', bgcolor: 'background.paper' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', px: 1.25, py: 0.25, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover' }}>
        <Typography variant="caption" sx={{ fontWeight: 700, color: 'text.secondary', textTransform: 'uppercase', letterSpacing: 0.3 }}>
          {translate('dk.review.strip')}
        </Typography>
        <Typography variant="caption" sx={{ fontWeight: 600 }} noWrap>
          {index}. {label}
        </Typography>
      </Stack>
      <Box sx={{ height, bgcolor: '#fbf8f1' }}>
        <img
          key={src}
          data-testid="field-strip-image"
          src={src}
          alt={label}
          onError={() => setFailed(imageRef)}
          style={{ display: 'block', width: '100%', height: '100%' }}
        />
      </Box>
    </Box>
  );
};
