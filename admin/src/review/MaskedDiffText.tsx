import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { monoSx } from '../common/fields';
import { charDiff } from './charDiff';
import { DiffText, diffStyles } from './DiffText';

/** The server's description of two masked keyings (Discrepancy.maskedDifference, FormFieldRow.maskedDifference). */
export interface MaskedDifference {
  kind: string;
  first: { cells: { text: string; change: string }[]; changedAt: number[] };
  second: { cells: { text: string; change: string }[]; changedAt: number[] };
  editDistance: number | null;
}

const CLASS: Record<string, string> = { DIFF: 'dk-diff', MARK: 'dk-diff-mark', CASE: 'dk-diff-case', GAP: 'dk-diff-gap' };

/** The review screen's marks, plus case-only changes and gaps (a caret where the other side has more). */
const maskedStyles = {
  ...diffStyles,
  // A marked `*` is one character wide: stronger than the review screen's marks so it is seen at once.
  '& mark.dk-diff': { ...diffStyles['& mark.dk-diff'], backgroundColor: 'rgba(220, 38, 38, 0.3)', fontWeight: 700, cursor: 'help' },
  '& mark.dk-diff-mark': { ...diffStyles['& mark.dk-diff-mark'], backgroundColor: 'rgba(124, 58, 237, 0.26)' },
  '& mark.dk-diff-case': { backgroundColor: 'rgba(37, 99, 235, 0.14)', color: 'inherit', borderRadius: '2px', padding: '0 1px', textDecoration: 'underline dotted rgba(37, 99, 235, 0.9)', textUnderlineOffset: '3px', cursor: 'help' },
  '& mark.dk-diff-gap': { backgroundColor: 'transparent', color: 'rgb(220, 38, 38)', fontWeight: 700, margin: '0 -1px', cursor: 'help' },
} as const;

/**
 * One side of a masked difference: the mask as the server cut it, with the cells that differ
 * marked (the server never sends the hidden characters, only where and how they differ).
 */
export const MaskedDiffText = ({ diff, side, type }: { diff: MaskedDifference; side: 'a' | 'b'; type?: string }) => {
  const translate = useTranslate();
  const s = side === 'a' ? diff.first : diff.second;
  if (!s.cells.length) {
    return (
      <Box component="span" sx={{ color: 'text.disabled', fontStyle: 'italic' }}>
        {translate('dk.common.empty')}
      </Box>
    );
  }
  return (
    <Box component="span" data-testid={`masked-diff-${side}`} sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', ...monoSx(type), ...maskedStyles }}>
      {s.cells.map((c, i) =>
        c.change === 'SAME' ? (
          <span key={i}>{c.text}</span>
        ) : (
          <mark key={i} className={CLASS[c.change] ?? 'dk-diff'} data-change={c.change} title={translate(`dk.quality.masked.change.${c.change}`)}>
            {c.change === 'GAP' ? '\u2038' : c.text}
          </mark>
        ),
      )}
    </Box>
  );
};

/** "Digit substitution · at 6 · 1 character": kind, positions (in the masked text) and distance. */
export const MaskedDiffSummary = ({ diff }: { diff: MaskedDifference }) => {
  const translate = useTranslate();
  const positions = [...new Set([...diff.first.changedAt, ...diff.second.changedAt])].sort((x, y) => x - y);
  const parts = [translate(`dk.enums.DiscrepancyKind.${diff.kind}`, { _: diff.kind })];
  if (positions.length) parts.push(translate('dk.quality.masked.at', { smart_count: positions.length, positions: positions.join(', ') }));
  parts.push(diff.editDistance == null ? translate('dk.quality.masked.distance_hidden') : translate('dk.quality.masked.distance', { smart_count: diff.editDistance }));
  return (
    <Typography component="span" variant="caption" color="text.secondary" data-testid="masked-diff-summary" sx={{ display: 'block' }}>
      {parts.join(' · ')}
    </Typography>
  );
};

/**
 * One keying of a discrepant field: marked from the server's masked difference when the caller
 * sees it masked (two masks may read the same), otherwise a character diff of the clear values.
 */
export const KeyingDiff = ({ value1, value2, masked, side, type, summary }: { value1: string | null; value2: string | null; masked?: MaskedDifference | null; side: 'a' | 'b'; type?: string; summary?: boolean }) => {
  if (masked) {
    return (
      <>
        <MaskedDiffText diff={masked} side={side} type={type} />
        {summary && <MaskedDiffSummary diff={masked} />}
      </>
    );
  }
  const d = charDiff(value1, value2);
  return <DiffText segments={side === 'a' ? d.a : d.b} empty={!(side === 'a' ? value1 : value2)} type={type} />;
};
