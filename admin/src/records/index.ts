import RecordIcon from '@mui/icons-material/VerifiedOutlined';
import type { RaRecord } from 'react-admin';
import { RecordList } from './RecordList';
import { RecordShow } from './RecordShow';

export default {
  list: RecordList,
  show: RecordShow,
  icon: RecordIcon,
  recordRepresentation: (r: RaRecord) => (r.form ? `${r.batch?.code ?? ''} / ${r.form.formNumber}` : `#${r.id}`),
};
