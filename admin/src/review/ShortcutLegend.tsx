import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { diffStyles } from './DiffText';

const KEYS: [string[], string][] = [
  [['N'], 'next'],
  [['↑', '↓'], 'move'],
  [['1'], 'first'],
  [['2'], 'second'],
  [['E'], 'edit'],
  [['I'], 'illegible'],
  [['Enter'], 'submit'],
  [['R'], 'release'],
  [['+', '−'], 'zoom'],
];

/** A key cap; `inButton` draws it in the button's own colour. */
export const Kbd = ({ children, inButton }: { children: React.ReactNode; inButton?: boolean }) => (
  <Box
    component="kbd"
    sx={{
      ...(inButton && { ml: 1, mr: 0, opacity: 0.85 }),
      display: 'inline-block',
      minWidth: 20,
      px: 0.6,
      py: 0.1,
      mr: 0.4,
      fontFamily: 'inherit',
      fontSize: '0.72rem',
      fontWeight: 700,
      lineHeight: 1.5,
      textAlign: 'center',
      border: 1,
      borderColor: inButton ? 'currentColor' : 'divider',
      borderBottomWidth: inButton ? 1 : 2,
      borderRadius: 0.75,
      bgcolor: inButton ? 'transparent' : 'background.paper',
      color: inButton ? 'inherit' : 'text.primary',
    }}
  >
    {children}
  </Box>
);

/** A one-line legend of the keyboard shortcuts. */
export const ShortcutLegend = () => {
  const translate = useTranslate();
  return (
    <Box data-testid="shortcut-legend" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.75, rowGap: 0.25, ...diffStyles }}>
      <Typography variant="caption" sx={{ fontWeight: 700, color: 'text.secondary' }}>
        {translate('dk.review.legend_title')}:
      </Typography>
      {KEYS.map(([keys, what]) => (
        <Typography key={what} variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {keys.map((k) => (
            <Kbd key={k}>{k}</Kbd>
          ))}
          {what === 'move' && (
            <>
              / <Kbd>J</Kbd>
              <Kbd>K</Kbd>
            </>
          )}
          {translate(`dk.review.keys.${what}`)}
        </Typography>
      ))}
      <Typography variant="caption" color="text.secondary" title={translate('dk.review.diff_legend')} sx={{ whiteSpace: 'nowrap', ml: 'auto' }}>
        <mark className="dk-diff">a</mark> {translate('dk.review.legend_char')} · <mark className="dk-diff-mark">á</mark> {translate('dk.review.legend_mark')}
      </Typography>
    </Box>
  );
};
