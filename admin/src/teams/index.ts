import TeamIcon from '@mui/icons-material/GroupsOutlined';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./TeamList'), 'TeamList'),
  edit: lazyScreen(() => import('./TeamEdit'), 'TeamEdit'),
  create: lazyScreen(() => import('./TeamCreate'), 'TeamCreate'),
  icon: TeamIcon,
  recordRepresentation: (r: { code: string; name: string }) => `${r.code} · ${r.name}`,
};
