import CommentIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import EscalatedIcon from '@mui/icons-material/PriorityHigh';
import SpotIcon from '@mui/icons-material/FactCheckOutlined';
import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReviewTask } from './reviewApi';
import { useRuleNote } from './ruleNote';
import { Kbd } from './ShortcutLegend';

const pad = (n: number) => String(n).padStart(2, '0');
/** "27/11 14:05" (today: only the time). */
const time = (iso: string) => {
  const d = new Date(iso);
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.toDateString() === new Date().toDateString() ? hm : `${pad(d.getDate())}/${pad(d.getMonth() + 1)} ${hm}`;
};

/**
 * What the reviewer must know before choosing: why a spot check was drawn, that the task was
 * escalated, and the task's comments (oldest first). Nothing at all for a plain review task.
 */
export const TaskContext = ({ task }: { task: ReviewTask }) => {
  const translate = useTranslate();
  const note = useRuleNote(task.rows);
  const spot = task.kind === 'SPOT_CHECK';
  if (!spot && !task.escalated && !task.comments.length) return null;
  const tone = task.escalated ? 'warning' : spot ? 'info' : 'primary';
  return (
    <Box
      data-testid="task-context"
      sx={(t) => ({
        flexShrink: 0,
        border: 1,
        borderColor: 'divider',
        borderLeft: `4px solid ${t.palette[tone].main}`,
        borderRadius: 1,
        bgcolor: 'background.paper',
        px: 1.25,
        py: 0.5,
        maxHeight: 132,
        overflow: 'auto',
      })}
    >
      {spot && (
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', py: 0.25 }} data-testid="task-note">
          <SpotIcon sx={{ fontSize: 16, color: 'info.main' }} />
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {translate('dk.review.spot_title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 0 }} noWrap title={task.note ?? ''}>
            {note(task.note)}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            <Kbd>Enter</Kbd>
            {translate('dk.review.spot_confirm_hint')} · <Kbd>E</Kbd>
            {translate('dk.review.spot_correct_hint')}
          </Typography>
        </Stack>
      )}
      {task.escalated && (
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', py: 0.25 }} data-testid="task-escalated">
          <EscalatedIcon sx={{ fontSize: 16, color: 'warning.main' }} />
          <Typography variant="body2" sx={{ fontWeight: 600, color: 'warning.main' }}>
            {translate('dk.review.escalated_banner')}
          </Typography>
        </Stack>
      )}
      {task.comments.length > 0 && (
        <Box component="ul" data-testid="task-comments" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {task.comments.map((c) => (
            <Box component="li" key={c.id} data-testid="task-comment" sx={{ display: 'flex', gap: 0.75, alignItems: 'baseline', py: 0.25 }}>
              <CommentIcon sx={{ fontSize: 14, color: 'text.secondary', alignSelf: 'center' }} />
              <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {c.author.displayName}
              </Typography>
              <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {time(c.createdAt)}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {c.text}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};
