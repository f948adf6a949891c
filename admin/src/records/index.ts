import RecordIcon from '@mui/icons-material/VerifiedOutlined';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./RecordList'), 'RecordList'),
  show: lazyScreen(() => import('./RecordShow'), 'RecordShow'),
  icon: RecordIcon,
  recordRepresentation: (r: RaRecord) => (r.form ? `${r.batch?.code ?? ''} / ${r.form.formNumber}` : `#${r.id}`),
};
