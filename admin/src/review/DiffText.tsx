import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { monoSx } from '../common/fields';
import { marksOf, type Segment } from './charDiff';

/** Spaces inside a highlighted run are drawn, otherwise a doubled or missing space is invisible. */
const visible = (s: string) => s.replace(/ /g, '\u2423');

/**
 * One side of a character diff: changed letters in <mark class="dk-diff">, letters that differ
 * only by a tone mark or diacritic in <mark class="dk-diff-mark"> (underlined, with the other
 * letter and the marks' names in the tooltip).
 */
export const DiffText = ({ segments, empty, type }: { segments: Segment[]; empty?: boolean; type?: string }) => {
  const translate = useTranslate();
  if (empty || !segments.length) {
    return (
      <Box component="span" sx={{ color: 'text.disabled', fontStyle: 'italic' }}>
        {translate('dk.common.empty')}
      </Box>
    );
  }
  const names = (ch: string) => marksOf(ch).map((m) => translate(`dk.marks.${m}`)).join(' + ') || translate('dk.marks.none');
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', ...monoSx(type) }}>
      {segments.map((s, i) =>
        s.kind === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'mark' ? (
          <mark key={i} className="dk-diff-mark" title={`${s.text} (${names(s.text)}) ≠ ${s.other} (${names(s.other ?? '')})`}>
            {s.text}
          </mark>
        ) : (
          <mark key={i} className="dk-diff">
            {visible(s.text)}
          </mark>
        ),
      )}
    </Box>
  );
};

/** Styles for the marks, to put on a container (sx). */
export const diffStyles = {
  '& mark.dk-diff': {
    backgroundColor: 'rgba(220, 38, 38, 0.18)',
    color: 'inherit',
    borderRadius: '2px',
    padding: '0 1px',
    boxShadow: 'inset 0 -2px 0 rgba(220, 38, 38, 0.75)',
  },
  '& mark.dk-diff-mark': {
    backgroundColor: 'rgba(124, 58, 237, 0.16)',
    color: 'inherit',
    borderRadius: '2px',
    padding: '0 1px',
    textDecoration: 'underline wavy rgba(124, 58, 237, 0.9)',
    textUnderlineOffset: '3px',
    fontWeight: 700,
    cursor: 'help',
  },
} as const;
