import FormIcon from '@mui/icons-material/DescriptionOutlined';
import type { RaRecord } from 'react-admin';
import { FormList } from './FormList';
import { FormShow } from './FormShow';

export default {
  list: FormList,
  show: FormShow,
  icon: FormIcon,
  recordRepresentation: (r: RaRecord) => (r.batch ? `${r.batch.code} / ${r.formNumber}` : r.formNumber),
};
