import UserIcon from '@mui/icons-material/PeopleAltOutlined';
import { UserCreate } from './UserCreate';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

export default {
  list: UserList,
  show: UserShow,
  create: UserCreate,
  icon: UserIcon,
  recordRepresentation: 'displayName',
};
