import KeyingIcon from '@mui/icons-material/KeyboardOutlined';
import type { RaRecord } from 'react-admin';
import { KeyingList } from './KeyingList';
import { KeyingShow } from './KeyingShow';

export default {
  list: KeyingList,
  show: KeyingShow,
  icon: KeyingIcon,
  recordRepresentation: (r: RaRecord) => `#${r.id} (${r.form?.formNumber ?? ''}/${r.pass})`,
};
