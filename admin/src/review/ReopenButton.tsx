import ReopenIcon from '@mui/icons-material/History';
import { Button } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { TopToolbar, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { sessionUser } from '../authProvider';
import { PromptDialog } from '../common/PromptDialog';
import { reopenable, reopenTask } from './reopenApi';

/**
 * Reopens a resolved review task: its own reviewer may add a reason, anyone else (a manager, an
 * admin) must give one. Back claimed by the person who reopened it: the review screen opens on it.
 */
export const ReopenButton = ({ taskId, formNumber, own, onDone, size = 'small' }: { taskId: string; formNumber: string; own: boolean; onDone?: () => void; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} color="warning" startIcon={<ReopenIcon fontSize="small" />} data-testid={`reopen-task-${taskId}`} onClick={() => setOpen(true)}>
        {translate('dk.reviewux.reopen')}
      </Button>
      <PromptDialog
        open={open}
        title={translate('dk.reviewux.reopen_title', { form: formNumber })}
        hint={translate(own ? 'dk.reviewux.reopen_hint_own' : 'dk.reviewux.reopen_hint_other')}
        label={translate(own ? 'dk.reviewux.reason_optional' : 'dk.reviewux.reason')}
        send={translate('dk.reviewux.reopen')}
        required={!own}
        testId="reopen-dialog"
        onSend={async (reason) => {
          const { claimed } = await reopenTask(taskId, reason);
          setOpen(false);
          notify(translate(claimed ? 'dk.reviewux.reopened_claimed' : 'dk.reviewux.reopened_queue', { form: formNumber }), { type: 'success' });
          onDone?.();
          // The review screen resumes the task this person now holds.
          if (claimed) navigate('/review');
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** The task page's action: Reopen, when this person may reopen this resolution now. */
export const TaskShowActions = () => {
  const record = useRecordContext();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const id = record?.id != null ? String(record.id) : null;
  const resolved = record?.status === 'RESOLVED' && record?.kind === 'REVIEW';
  const { data } = useQuery({ queryKey: ['reopenable', id], queryFn: () => reopenable(id!), enabled: Boolean(id && resolved), retry: false });
  const me = sessionUser();
  return (
    <TopToolbar>
      {resolved && data?.canReopen && (
        <ReopenButton
          taskId={id!}
          formNumber={record?.form?.formNumber ?? ''}
          own={Boolean(me && data.resolvedBy?.id === me.id)}
          onDone={() => {
            void queryClient.invalidateQueries({ queryKey: ['reopenable', id] });
            refresh();
          }}
        />
      )}
    </TopToolbar>
  );
};
