import KeyIcon from '@mui/icons-material/KeyOutlined';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ShownOnceDialog } from '../common/ShownOnceDialog';
import { MONO_STACK } from '../theme';

/**
 * The whole key, right after it was created: the server keeps only its hash, so this is the one
 * chance to copy it.
 */
export const SecretKeyDialog = ({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <ShownOnceDialog
      name={name}
      value={secret}
      icon={<KeyIcon color="success" />}
      texts={{
        title: 'dk.apiKeys.created_title',
        warningTitle: 'dk.apiKeys.once_title',
        warningBody: 'dk.apiKeys.once_body',
        label: 'dk.apiKeys.secret',
        copy: 'dk.apiKeys.copy',
        copied: 'dk.apiKeys.copied',
        copyFailed: 'dk.apiKeys.copy_failed',
        close: 'dk.apiKeys.saved_close',
      }}
      testIds={{ dialog: 'api-key-created', warning: 'api-key-once-warning', value: 'api-key-secret', copy: 'api-key-copy', close: 'api-key-done' }}
      maxWidth="md"
      fontSize="0.85rem"
      copyMinWidth={120}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2.5, mb: 0.5 }}>
        {translate('dk.apiKeys.usage')}
      </Typography>
      <Box component="pre" sx={{ m: 0, p: 1.25, borderRadius: 1, bgcolor: 'action.hover', fontFamily: MONO_STACK, fontSize: '0.78rem', whiteSpace: 'pre-wrap' }}>
        {'Authorization: Bearer dk_…\nX-API-Key: dk_…'}
      </Box>
    </ShownOnceDialog>
  );
};
