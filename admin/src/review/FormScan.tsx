import { Alert, Card } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { ScanPanel } from './ScanPanel';
import { useScan } from './scanLayout';

/**
 * The form's scan on its own page, as on the review screen. The server serves it only to those
 * who may see the form in clear; anyone else gets one quiet line instead of a broken picture.
 */
export const FormScan = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const imageRef: string | null = record?.imageRef ?? null;
  const scan = useScan(imageRef);
  const [zoom, setZoom] = useState(1);
  if (!record || !imageRef) return null;
  if (scan.status === 'refused') {
    return (
      <Alert severity="info" data-testid="form-scan-refused" sx={{ mb: 2 }}>
        {translate('dk.reviewux.scan_refused')}
      </Alert>
    );
  }
  return (
    <Card data-testid="form-scan" sx={{ mb: 2, height: { xs: 420, md: 560 }, resize: 'vertical', overflow: 'hidden' }}>
      <ScanPanel imageRef={imageRef} scan={scan} zoom={zoom} onZoom={setZoom} alt={`${record.batch?.code ?? ''} / ${record.formNumber}`} />
    </Card>
  );
};
