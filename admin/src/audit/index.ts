import AuditIcon from '@mui/icons-material/HistoryEduOutlined';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./AuditList'), 'AuditList'),
  show: lazyScreen(() => import('./AuditShow'), 'AuditShow'),
  icon: AuditIcon,
  recordRepresentation: (r: RaRecord) => `#${r.id} ${r.action}`,
};
