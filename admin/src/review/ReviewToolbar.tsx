import NextIcon from '@mui/icons-material/SkipNext';
import SendIcon from '@mui/icons-material/CheckCircleOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import TimerIcon from '@mui/icons-material/TimerOutlined';
import EscalateIcon from '@mui/icons-material/MoveUp';
import RekeyIcon from '@mui/icons-material/KeyboardOutlined';
import RejectIcon from '@mui/icons-material/BlockOutlined';
import CommentIcon from '@mui/icons-material/AddCommentOutlined';
import { Box, Button, Card, Chip, CircularProgress, Divider, Stack, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { formatRemaining } from '../tasks/LeaseField';
import type { TaskAction } from './ActionDialog';
import type { ReviewTask } from './reviewApi';
import { Kbd } from './ShortcutLegend';
import type { Busy } from './useReviewSession';

/** Below this width the secondary actions lose their labels, so the toolbar stays on one line. */
const NARROW = '@media (max-width: 1399.95px)';

/** A toolbar button with its key; `hot` ones are filled. */
const ActionButton = ({
  testId,
  icon,
  label,
  keys,
  onClick,
  disabled,
  color = 'inherit',
  variant = 'text',
  compact,
}: {
  testId: string;
  icon: ReactNode;
  label: string;
  keys: string;
  onClick: () => void;
  disabled?: boolean;
  color?: 'inherit' | 'primary' | 'success' | 'warning' | 'error';
  variant?: 'text' | 'outlined' | 'contained';
  /** On narrow screens only the icon and the key show; the label moves to the tooltip. */
  compact?: boolean;
}) => {
  const button = (
    <Button
      data-testid={testId}
      variant={variant}
      color={color}
      startIcon={icon}
      aria-label={label}
      onClick={(e) => {
        e.currentTarget.blur();
        onClick();
      }}
      disabled={disabled}
      sx={{
        whiteSpace: 'nowrap',
        flexShrink: 0,
        ...(variant === 'text' && { px: 1 }),
        ...(compact && { [NARROW]: { minWidth: 0, '& .dk-label': { display: 'none' }, '& .MuiButton-startIcon': { mr: 0.25 } } }),
      }}
    >
      <span className="dk-label">{label}</span> <Kbd inButton>{keys}</Kbd>
    </Button>
  );
  if (!compact) return button;
  return (
    <Tooltip title={`${label} (${keys})`}>
      <span>{button}</span>
    </Tooltip>
  );
};

/** The task's actions, each with its key; the form and the lease on the right. */
export const ReviewToolbar = ({
  task,
  busy,
  remaining,
  submitLabel,
  canSubmit,
  can,
  onNext,
  onSubmit,
  onRelease,
  onDialog,
}: {
  task: ReviewTask | null;
  busy: Busy;
  /** Milliseconds left on the lease (null without a task). */
  remaining: number | null;
  submitLabel: string;
  canSubmit: boolean;
  can: Record<TaskAction, boolean>;
  onNext: () => void;
  onSubmit: () => void;
  onRelease: () => void;
  onDialog: (a: TaskAction) => void;
}) => {
  const translate = useTranslate();
  const leaseExpired = remaining != null && remaining <= 0;
  const leaseColor = remaining == null ? 'default' : remaining <= 0 ? 'error' : remaining < 60_000 ? 'error' : remaining < 180_000 ? 'warning' : 'default';
  return (
    <Card sx={{ px: 1, py: 0.75, flexShrink: 0 }}>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <ActionButton
          testId="next-task"
          variant={task ? 'outlined' : 'contained'}
          color="primary"
          icon={busy === 'claim' ? <CircularProgress size={14} /> : <NextIcon />}
          label={translate('dk.review.next_task')}
          keys="N"
          onClick={onNext}
          disabled={busy !== null}
        />
        <ActionButton
          testId="submit-task"
          variant="contained"
          color="success"
          icon={busy === 'submit' ? <CircularProgress size={14} color="inherit" /> : <SendIcon />}
          label={submitLabel}
          keys="Enter"
          onClick={onSubmit}
          disabled={!task || !canSubmit || busy !== null}
        />
        <Divider orientation="vertical" flexItem sx={{ mx: 0.25 }} />
        <ActionButton compact testId="release-task" icon={<UndoIcon />} label={translate('dk.review.release')} keys="R" onClick={onRelease} disabled={!task || busy !== null} />
        <ActionButton compact testId="escalate-task" icon={<EscalateIcon />} label={translate('dk.actions.escalate.button')} keys="X" onClick={() => onDialog('escalate')} disabled={!can.escalate || busy !== null} />
        <ActionButton compact testId="rekey-task" icon={<RekeyIcon />} label={translate('dk.actions.rekey.button')} keys="K" onClick={() => onDialog('rekey')} disabled={!can.rekey || busy !== null} />
        <ActionButton compact testId="reject-task" icon={<RejectIcon />} label={translate('dk.actions.reject.button')} keys="J" onClick={() => onDialog('reject')} disabled={!can.reject || busy !== null} />
        <ActionButton compact testId="comment-task" icon={<CommentIcon />} label={translate('dk.actions.comment.button')} keys="C" onClick={() => onDialog('comment')} disabled={!can.comment || busy !== null} />
        <Box sx={{ flex: 1 }} />
        {task && (
          <>
            <Typography variant="body2" data-testid="review-form" sx={{ whiteSpace: 'nowrap' }}>
              {translate('dk.review.form')} <b>{task.form.formNumber}</b> · {translate('dk.review.batch')} <b>{task.form.batch.code}</b>
            </Typography>
            <Chip
              data-testid="lease-timer"
              data-remaining-ms={remaining ?? ''}
              icon={<TimerIcon />}
              color={leaseColor}
              variant={leaseExpired ? 'filled' : 'outlined'}
              title={`${translate('dk.review.lease')} (${task.leaseUntil ?? ''})`}
              aria-label={translate('dk.review.lease')}
              label={leaseExpired ? translate('dk.review.lease_expired') : formatRemaining(remaining ?? 0)}
              sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 74 }}
            />
          </>
        )}
      </Stack>
    </Card>
  );
};
