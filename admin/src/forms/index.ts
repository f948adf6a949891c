import FormIcon from '@mui/icons-material/DescriptionOutlined';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./FormList'), 'FormList'),
  show: lazyScreen(() => import('./FormShow'), 'FormShow'),
  icon: FormIcon,
  recordRepresentation: (r: RaRecord) => (r.batch ? `${r.batch.code} / ${r.formNumber}` : r.formNumber),
};
