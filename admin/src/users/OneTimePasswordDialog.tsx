import PasswordIcon from '@mui/icons-material/PasswordOutlined';
import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import { ShownOnceDialog } from '../common/ShownOnceDialog';

/**
 * A one-time password right after a reset: the server keeps only its hash, so this is the one
 * chance to copy it.
 */
export const OneTimePasswordDialog = ({ name, password, expiresAt, onClose }: { name: string; password: string; expiresAt: string; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <ShownOnceDialog
      name={name}
      value={password}
      icon={<PasswordIcon color="success" />}
      texts={{
        title: 'resources.users.once.title',
        warningTitle: 'resources.users.once.warning_title',
        warningBody: 'resources.users.once.warning_body',
        label: 'resources.users.once.password',
        copy: 'resources.users.once.copy',
        copied: 'resources.users.once.copied',
        copyFailed: 'resources.users.once.copy_failed',
        close: 'resources.users.once.close',
      }}
      testIds={{ dialog: 'one-time-password-dialog', warning: 'one-time-password-warning', value: 'one-time-password', copy: 'one-time-password-copy', close: 'one-time-password-close' }}
      maxWidth="sm"
      fontSize="0.95rem"
      copyMinWidth={130}
      autoCompleteOff
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {translate('resources.users.once.next_step')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="one-time-password-expires">
        {translate('resources.users.once.expires', { at: formatDateTime(expiresAt, locale) })}
      </Typography>
    </ShownOnceDialog>
  );
};
