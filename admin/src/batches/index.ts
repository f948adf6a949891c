import BatchIcon from '@mui/icons-material/Inventory2Outlined';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./BatchList'), 'BatchList'),
  show: lazyScreen(() => import('./BatchShow'), 'BatchShow'),
  create: lazyScreen(() => import('./BatchCreate'), 'BatchCreate'),
  icon: BatchIcon,
  recordRepresentation: 'code',
};
