import DisableIcon from '@mui/icons-material/BlockOutlined';
import EnableIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ResetIcon from '@mui/icons-material/LockResetOutlined';
import { Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { Confirm, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useDescribeError } from '../common/PromptDialog';
import { graphql } from '../gql';
import { gql } from '../graphql';
import { OneTimePasswordDialog } from './OneTimePasswordDialog';

const SET_ACTIVE = graphql(`mutation SetActive($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }`);
const RESET = graphql(`mutation Reset($id: ID!) { resetPassword(id: $id) { oneTimePassword expiresAt user { id mustChangePassword hasPassword } } }`);

interface UserRow {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
}

/** The API refuses both actions on one's own account: no buttons there. */
function useOther() {
  const record = useRecordContext<UserRow>();
  const { identity } = useGetIdentity();
  return record && identity && String(identity.id) !== String(record.id) ? record : null;
}

/** Disable (signs the account out everywhere at once) or enable, after a confirmation. Pessimistic. */
export const ToggleActiveButton = () => {
  const record = useOther();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const describe = useDescribeError();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const disabling = record.active;
  const name = record.displayName || record.username;

  const run = async () => {
    setBusy(true);
    try {
      await gql(SET_ACTIVE, { id: record.id, active: !disabling });
      notify(disabling ? 'resources.users.notifications.disabled' : 'resources.users.notifications.enabled', { type: 'success', messageArgs: { name } });
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
        color={disabling ? 'error' : 'success'}
        startIcon={busy ? <CircularProgress size={14} color="inherit" /> : disabling ? <DisableIcon /> : <EnableIcon />}
        disabled={busy}
        onClick={() => setOpen(true)}
        data-testid={disabling ? 'user-disable' : 'user-enable'}
      >
        {translate(disabling ? 'resources.users.action.disable' : 'resources.users.action.enable')}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={disabling ? 'resources.users.confirm.disable_title' : 'resources.users.confirm.enable_title'}
        titleTranslateOptions={{ name }}
        content={disabling ? 'resources.users.confirm.disable_body' : 'resources.users.confirm.enable_body'}
        confirm={disabling ? 'resources.users.action.disable' : 'resources.users.action.enable'}
        confirmColor={disabling ? 'warning' : 'primary'}
        ConfirmIcon={disabling ? DisableIcon : EnableIcon}
        onConfirm={() => void run()}
        onClose={() => setOpen(false)}
        data-testid="user-active-dialog"
      />
    </>
  );
};

/**
 * A new one-time password after a confirmation, shown once in a dialog. It lives only in this
 * component's state: never in the react-admin store, the record cache or localStorage.
 */
export const ResetPasswordButton = () => {
  const record = useOther();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const describe = useDescribeError();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<{ password: string; expiresAt: string } | null>(null);
  if (!record) return null;
  const name = record.displayName || record.username;

  const run = async () => {
    setBusy(true);
    try {
      const data = await gql(RESET, { id: record.id });
      setOpen(false);
      setSecret({ password: data.resetPassword.oneTimePassword, expiresAt: String(data.resetPassword.expiresAt) });
    } catch (e) {
      notify(describe(e), { type: 'error', multiLine: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button startIcon={busy ? <CircularProgress size={14} color="inherit" /> : <ResetIcon />} disabled={busy} onClick={() => setOpen(true)} data-testid="user-reset-password">
        {translate('resources.users.action.reset_password')}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.users.confirm.reset_title"
        titleTranslateOptions={{ name }}
        content="resources.users.confirm.reset_body"
        confirm="resources.users.action.reset_password"
        confirmColor="warning"
        ConfirmIcon={ResetIcon}
        onConfirm={() => void run()}
        onClose={() => setOpen(false)}
        data-testid="user-reset-dialog"
      />
      {secret && (
        <OneTimePasswordDialog
          name={name}
          password={secret.password}
          expiresAt={secret.expiresAt}
          onClose={() => {
            setSecret(null);
            refresh();
          }}
        />
      )}
    </>
  );
};
