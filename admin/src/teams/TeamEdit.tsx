import { useRecordContext } from 'react-admin';
import { Edit } from '../common/views';
import { TeamForm } from './TeamForm';

const Title = () => {
  const r = useRecordContext();
  return <span>{r?.code} · {r?.name}</span>;
};

/** Pessimistic: members' next requests already see the change, so a refusal must show at once. */
export const TeamEdit = () => (
  <Edit title={<Title />} mutationMode="pessimistic" redirect="list">
    <TeamForm />
  </Edit>
);
