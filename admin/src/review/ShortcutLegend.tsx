import { Box, Dialog, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { diffStyles } from './DiffText';

/** Keys for choosing values, shown in the footer (the task actions show theirs on their buttons). */
const TABLE_KEYS: [string[], string][] = [
  [['↑', '↓'], 'move'],
  [['1', '2', '3'], 'take'],
  [['E'], 'edit'],
  [['I'], 'illegible'],
  [['Del'], 'undo'],
  [['A'], 'agreed'],
  [['+', '−', '0'], 'zoom'],
];

/** A spot check has no keyings to choose between: rows are confirmed as they are or corrected. */
const SPOT_KEYS: [string[], string][] = [
  [['↑', '↓'], 'move'],
  [['E'], 'correct'],
  [['I'], 'illegible'],
  [['Del'], 'uncorrect'],
  [['Enter'], 'confirm'],
  [['+', '−', '0'], 'zoom'],
];

/** Every key of the review screen, for the help dialog (?). */
const ALL_KEYS: { group: string; keys: [string[], string][] }[] = [
  {
    group: 'choose',
    keys: [
      [['↑', '↓'], 'move'],
      [['1'], 'first'],
      [['2'], 'second'],
      [['3'], 'third'],
      [['E'], 'edit'],
      [['I'], 'illegible'],
      [['Del'], 'clear'],
      [['A'], 'agreed'],
    ],
  },
  {
    group: 'task',
    keys: [
      [['Enter'], 'submit'],
      [['N'], 'next'],
      [['R'], 'release'],
      [['X'], 'escalate'],
      [['K'], 'rekey'],
      [['J', '⇧R'], 'reject'],
      [['C'], 'comment'],
      [['U'], 'reopen_last'],
      [['+', '−', '0'], 'zoom'],
      [['?'], 'help'],
    ],
  },
];

/** A key cap; `inButton` draws it in the button's own colour. */
export const Kbd = ({ children, inButton }: { children: React.ReactNode; inButton?: boolean }) => (
  <Box
    component="kbd"
    sx={{
      ...(inButton && { ml: 0.75, mr: 0, opacity: 0.85 }),
      display: 'inline-block',
      minWidth: 18,
      px: 0.5,
      py: 0,
      mr: 0.35,
      fontFamily: 'inherit',
      fontSize: '0.7rem',
      fontWeight: 700,
      lineHeight: 1.45,
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

/** The diff colours, explained; lives in the table's header bar. */
export const DiffLegend = () => {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" title={translate('dk.review.diff_legend')} sx={{ whiteSpace: 'nowrap', minWidth: 0, flexShrink: 100, overflow: 'hidden', textOverflow: 'ellipsis', ...diffStyles }} data-testid="diff-legend">
      <mark className="dk-diff">a</mark> {translate('dk.review.legend_char')} · <mark className="dk-diff-mark">á</mark> {translate('dk.review.legend_mark')}
    </Typography>
  );
};

/** One line of the keys for choosing values, and where to find the rest (?). */
export const ShortcutLegend = ({ onHelp, spot }: { onHelp: () => void; spot?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box data-testid="shortcut-legend" sx={{ display: 'flex', flexWrap: 'nowrap', alignItems: 'center', columnGap: 1.5, overflow: 'hidden', minWidth: 0 }}>
      {(spot ? SPOT_KEYS : TABLE_KEYS).map(([keys, what]) => (
        <Typography key={what} variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {keys.map((k) => (
            <Kbd key={k}>{k}</Kbd>
          ))}
          {translate(`dk.review.keys.${what}`)}
        </Typography>
      ))}
      <Typography
        variant="caption"
        color="primary"
        component="button"
        onClick={onHelp}
        data-testid="shortcut-help-open"
        sx={{ whiteSpace: 'nowrap', border: 0, bgcolor: 'transparent', cursor: 'pointer', p: 0, font: 'inherit', fontSize: '0.75rem' }}
      >
        <Kbd>?</Kbd>
        {translate('dk.review.keys.help')}
      </Typography>
    </Box>
  );
};

/** Every shortcut, grouped (opened with ?). */
export const ShortcutHelp = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" data-testid="shortcut-help" transitionDuration={{ enter: 120, exit: 0 }}>
      <DialogTitle sx={{ pb: 0.5 }}>{translate('dk.review.legend_title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 3 }}>
        {ALL_KEYS.map((g) => (
          <Box key={g.group}>
            <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
              {translate(`dk.review.key_groups.${g.group}`)}
            </Typography>
            <Table size="small">
              <TableBody>
                {g.keys.map(([keys, what]) => (
                  <TableRow key={what}>
                    <TableCell sx={{ width: 76, whiteSpace: 'nowrap' }}>
                      {keys.map((k) => (
                        <Kbd key={k}>{k}</Kbd>
                      ))}
                    </TableCell>
                    <TableCell>{translate(`dk.review.keys_long.${what}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        ))}
      </DialogContent>
    </Dialog>
  );
};
