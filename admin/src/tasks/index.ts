import TaskIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy';

// Screens load with their first visit (common/lazy); the icon and representation are needed at once.
export default {
  list: lazyScreen(() => import('./TaskList'), 'TaskList'),
  show: lazyScreen(() => import('./TaskShow'), 'TaskShow'),
  icon: TaskIcon,
  recordRepresentation: (r: RaRecord) => `#${r.id}${r.form ? ` (${r.form.formNumber})` : ''}`,
};
