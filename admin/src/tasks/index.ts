import TaskIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import type { RaRecord } from 'react-admin';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export default {
  list: TaskList,
  show: TaskShow,
  icon: TaskIcon,
  recordRepresentation: (r: RaRecord) => `#${r.id}${r.form ? ` (${r.form.formNumber})` : ''}`,
};
