import KeyingIcon from '@mui/icons-material/KeyboardOutlined';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./KeyingList'), 'KeyingList'),
  show: lazyScreen(() => import('./KeyingShow'), 'KeyingShow'),
  icon: KeyingIcon,
  recordRepresentation: (r: RaRecord) => `#${r.id} (${r.form?.formNumber ?? ''}/${r.pass})`,
};
