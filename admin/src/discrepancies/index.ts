import DiscrepancyIcon from '@mui/icons-material/CompareArrowsOutlined';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./DiscrepancyList'), 'DiscrepancyList'),
  show: lazyScreen(() => import('./DiscrepancyShow'), 'DiscrepancyShow'),
  icon: DiscrepancyIcon,
  recordRepresentation: (r: RaRecord) => `${r.fieldKey} (${r.form?.formNumber ?? ''})`,
};
