import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { sessionUser } from '../authProvider';
import { enumChoices } from '../common/enums';

export const taskFilters = () => [
  <SelectInput key="status" source="status" choices={enumChoices('TaskStatus')} alwaysOn />,
  <ReferenceInput key="batchId" source="batchId" reference="batches" alwaysOn sort={{ field: 'createdAt', order: 'DESC' }}>
    <AutocompleteInput optionText="code" filterToQuery={(code: string) => (code ? { code } : {})} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  // "Claimed by me": the only claimant every role may name without reading the user list.
  <SelectInput key="claimedById" source="claimedById" choices={[{ id: sessionUser()?.id ?? '0', name: 'resources.correctionTasks.mine' }]} alwaysOn />,
];
