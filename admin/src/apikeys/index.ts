import ApiKeyIcon from '@mui/icons-material/VpnKeyOutlined';
import { ApiKeyCreate } from './ApiKeyCreate';
import { ApiKeyList } from './ApiKeyList';
import { ApiKeyShow } from './ApiKeyShow';

export default {
  list: ApiKeyList,
  show: ApiKeyShow,
  create: ApiKeyCreate,
  icon: ApiKeyIcon,
  recordRepresentation: 'name',
};
