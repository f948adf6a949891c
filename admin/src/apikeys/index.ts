import ApiKeyIcon from '@mui/icons-material/VpnKeyOutlined';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./ApiKeyList'), 'ApiKeyList'),
  show: lazyScreen(() => import('./ApiKeyShow'), 'ApiKeyShow'),
  create: lazyScreen(() => import('./ApiKeyCreate'), 'ApiKeyCreate'),
  icon: ApiKeyIcon,
  recordRepresentation: 'name',
};
