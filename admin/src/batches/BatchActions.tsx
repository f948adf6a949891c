import HandoverIcon from '@mui/icons-material/ForwardToInboxOutlined';
import ManifestIcon from '@mui/icons-material/ReceiptLongOutlined';
import ReopenIcon from '@mui/icons-material/LockOpenOutlined';
import PolicyIcon from '@mui/icons-material/FactCheckOutlined';
import PlayIcon from '@mui/icons-material/PlayArrow';
import { Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { Confirm, Link, TopToolbar, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { PromptDialog, useDescribeError } from '../common/PromptDialog';
import { graphql } from '../gql';
import { gql } from '../graphql';
import { UploadScansButton } from '../keying/UploadScans';
import { canReview } from '../roles';
import { ManifestDialog, type ExportManifest } from './ManifestDialog';
import { SpotCheckPolicyDialog, type Policy, type PolicyInput } from './SpotCheckPolicy';

const EXPORT = graphql(`mutation Export($batchId: ID!) { exportBatch(batchId: $batchId) { ...ManifestFields } }`);
const REOPEN = graphql(`mutation Reopen($batchId: ID!, $reason: String!) { reopenBatch(batchId: $batchId, reason: $reason) { id status } }`);
const POLICY = graphql(`mutation Policy($batchId: ID!, $policy: SpotCheckPolicyInput!) {
  setSpotCheckPolicy(batchId: $batchId, policy: $policy) { id spotCheckEvery spotCheckPercent spotCheckSeed }
}`);

/**
 * A batch's actions. Administrators: the spot-check policy, the handover (export) of a READY
 * batch with its manifest, the manifest of a handed-over batch (a verified re-export) and its
 * reopening with a reason. Reviewers and managers: review this batch only.
 */
export const BatchShowActions = () => {
  const record = useRecordContext<Policy & { id: string; code: string; status: string }>();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const describe = useDescribeError();
  const [confirm, setConfirm] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [manifest, setManifest] = useState<{ m: ExportManifest; first: boolean } | null>(null);
  const [reopen, setReopen] = useState(false);
  const [policy, setPolicy] = useState(false);
  if (!record) return <TopToolbar />;
  const admin = permissions === 'ADMIN';
  // READY is set when the last review settles; a batch whose forms all verified automatically can
  // stay OPEN, and the server hands it over all the same once nothing is pending.
  const p = (record as { progress?: { forms: number; autoVerified: number; verified: number } }).progress;
  const complete = record.status === 'READY' || (record.status === 'OPEN' && !!p && p.forms > 0 && p.autoVerified + p.verified === p.forms);

  const runExport = async (first: boolean) => {
    setConfirm(false);
    setExporting(true);
    try {
      const d = await gql(EXPORT, { batchId: record.id });
      setManifest({ m: d.exportBatch, first });
      if (first) refresh();
    } catch (e) {
      notify(describe(e), { type: 'error', multiLine: true });
    } finally {
      setExporting(false);
    }
  };

  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      {canReview(permissions) && record.status !== 'HANDED_OVER' && (
        <Button component={Link} to={`/review?batchId=${record.id}`} startIcon={<PlayIcon />} data-testid="review-batch">
          {translate('dk.batches.review_batch')}
        </Button>
      )}
      {admin && record.status !== 'HANDED_OVER' && <UploadScansButton batchCode={record.code} />}
      {admin && (
        <Button startIcon={<PolicyIcon />} onClick={() => setPolicy(true)} data-testid="edit-policy">
          {translate('dk.batches.edit_policy')}
        </Button>
      )}
      {admin && complete && (
        <Button variant="contained" startIcon={exporting ? <CircularProgress size={14} color="inherit" /> : <HandoverIcon />} onClick={() => setConfirm(true)} disabled={exporting} data-testid="handover-batch">
          {translate('dk.batches.handover')}
        </Button>
      )}
      {admin && record.status === 'HANDED_OVER' && (
        <>
          <Button startIcon={exporting ? <CircularProgress size={14} /> : <ManifestIcon />} onClick={() => void runExport(false)} disabled={exporting} data-testid="show-manifest">
            {translate('dk.batches.manifest_button')}
          </Button>
          <Button color="warning" variant="outlined" startIcon={<ReopenIcon />} onClick={() => setReopen(true)} data-testid="reopen-batch">
            {translate('dk.batches.reopen')}
          </Button>
        </>
      )}
      <Confirm
        isOpen={confirm}
        title={translate('dk.batches.handover_confirm_title', { batch: record.code })}
        content={translate('dk.batches.handover_confirm')}
        confirm="dk.batches.handover"
        onConfirm={() => void runExport(true)}
        onClose={() => setConfirm(false)}
      />
      <ManifestDialog manifest={manifest?.m ?? null} first={manifest?.first ?? false} onClose={() => setManifest(null)} />
      <PromptDialog
        open={reopen}
        testId="reopen-dialog"
        title={translate('dk.batches.reopen_title', { batch: record.code })}
        hint={translate('dk.batches.reopen_hint')}
        label={translate('dk.batches.reopen_reason')}
        send={translate('dk.batches.reopen')}
        danger
        onClose={() => setReopen(false)}
        onSend={async (reason) => {
          await gql(REOPEN, { batchId: record.id, reason });
          setReopen(false);
          notify('dk.batches.reopened', { type: 'success', messageArgs: { batch: record.code } });
          refresh();
        }}
      />
      <SpotCheckPolicyDialog
        open={policy}
        policy={record}
        onClose={() => setPolicy(false)}
        onSave={async (p: PolicyInput) => {
          await gql(POLICY, { batchId: record.id, policy: p });
          setPolicy(false);
          notify('dk.batches.policy_saved', { type: 'success', messageArgs: { batch: record.code } });
          refresh();
        }}
      />
    </TopToolbar>
  );
};
