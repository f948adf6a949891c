import UserIcon from '@mui/icons-material/PeopleAltOutlined';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./UserList'), 'UserList'),
  show: lazyScreen(() => import('./UserShow'), 'UserShow'),
  edit: lazyScreen(() => import('./UserEdit'), 'UserEdit'),
  create: lazyScreen(() => import('./UserCreate'), 'UserCreate'),
  icon: UserIcon,
  recordRepresentation: 'displayName',
};
