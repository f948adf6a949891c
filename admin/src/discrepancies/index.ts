import DiscrepancyIcon from '@mui/icons-material/CompareArrowsOutlined';
import type { RaRecord } from 'react-admin';
import { DiscrepancyList } from './DiscrepancyList';
import { DiscrepancyShow } from './DiscrepancyShow';

export default {
  list: DiscrepancyList,
  show: DiscrepancyShow,
  icon: DiscrepancyIcon,
  recordRepresentation: (r: RaRecord) => `${r.fieldKey} (${r.form?.formNumber ?? ''})`,
};
