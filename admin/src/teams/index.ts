import TeamIcon from '@mui/icons-material/GroupsOutlined';
import { TeamCreate } from './TeamCreate';
import { TeamEdit } from './TeamEdit';
import { TeamList } from './TeamList';

export default {
  list: TeamList,
  edit: TeamEdit,
  create: TeamCreate,
  icon: TeamIcon,
  recordRepresentation: (r: { code: string; name: string }) => `${r.code} · ${r.name}`,
};
