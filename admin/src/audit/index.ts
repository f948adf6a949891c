import AuditIcon from '@mui/icons-material/HistoryEduOutlined';
import type { RaRecord } from 'react-admin';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

export default {
  list: AuditList,
  show: AuditShow,
  icon: AuditIcon,
  recordRepresentation: (r: RaRecord) => `#${r.id} ${r.action}`,
};
