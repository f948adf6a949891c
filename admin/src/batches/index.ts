import BatchIcon from '@mui/icons-material/Inventory2Outlined';
import { BatchCreate } from './BatchCreate';
import { BatchList } from './BatchList';
import { BatchShow } from './BatchShow';

export default {
  list: BatchList,
  show: BatchShow,
  create: BatchCreate,
  icon: BatchIcon,
  recordRepresentation: 'code',
};
