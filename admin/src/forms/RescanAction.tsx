import RescanIcon from '@mui/icons-material/DocumentScannerOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import { TopToolbar, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { PromptDialog } from '../common/PromptDialog';
import { graphql } from '../gql';
import { gql } from '../graphql';

const RESCAN = graphql(`mutation Rescan($id: ID!, $imageRef: String!) { rescanForm(id: $id, imageRef: $imageRef) { id status imageRef } }`);

/** Administrators: a rejected form (unreadable scan) goes back to review with its new scan. */
export const FormShowActions = () => {
  const record = useRecordContext<{ id: string; status: string; formNumber: string; imageRef: string | null }>();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || permissions !== 'ADMIN' || record.status !== 'REJECTED') return <TopToolbar />;
  return (
    <TopToolbar>
      <Button variant="contained" startIcon={<RescanIcon />} onClick={() => setOpen(true)} data-testid="rescan-form">
        {translate('dk.forms.rescan')}
      </Button>
      <PromptDialog
        open={open}
        testId="rescan-dialog"
        multiline={false}
        title={translate('dk.forms.rescan_title', { form: record.formNumber })}
        hint={translate('dk.forms.rescan_hint')}
        label={translate('dk.forms.rescan_image')}
        initial={record.imageRef ?? ''}
        send={translate('dk.forms.rescan')}
        onClose={() => setOpen(false)}
        onSend={async (imageRef) => {
          await gql(RESCAN, { id: record.id, imageRef });
          setOpen(false);
          notify('dk.forms.rescanned', { type: 'success', messageArgs: { form: record.formNumber } });
          refresh();
        }}
      />
    </TopToolbar>
  );
};
