import RevokeIcon from '@mui/icons-material/BlockOutlined';
import { Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useDescribeError } from '../common/PromptDialog';
import { graphql } from '../gql';
import { gql } from '../graphql';

const REVOKE = graphql(`mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`);

/** Revokes after a confirmation; a revoked key has no button (the API would change nothing). */
export const RevokeApiKeyButton = ({ variant = 'outlined' }: { variant?: 'outlined' | 'text' }) => {
  const record = useRecordContext<{ id: string; name: string; prefix: string; revokedAt?: string | null }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const describe = useDescribeError();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.revokedAt) return null;

  const revoke = async () => {
    setBusy(true);
    try {
      await gql(REVOKE, { id: record.id });
      notify('dk.apiKeys.revoked_done', { type: 'success', messageArgs: { name: record.name } });
      setOpen(false);
      refresh();
    } catch (e) {
      notify(describe(e), { type: 'error', multiLine: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        color="error"
        variant={variant}
        startIcon={busy ? <CircularProgress size={14} color="inherit" /> : <RevokeIcon />}
        disabled={busy}
        sx={{ whiteSpace: 'nowrap' }}
        // In a list row the click would also open the key.
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        data-testid="revoke-api-key"
      >
        {translate('dk.apiKeys.revoke')}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="dk.apiKeys.revoke_title"
        titleTranslateOptions={{ name: record.name }}
        content="dk.apiKeys.revoke_confirm"
        contentTranslateOptions={{ prefix: `dk_${record.prefix}_…` }}
        confirm="dk.apiKeys.revoke"
        confirmColor="warning"
        ConfirmIcon={RevokeIcon}
        onConfirm={() => void revoke()}
        onClose={() => setOpen(false)}
        data-testid="revoke-api-key-dialog"
      />
    </>
  );
};
