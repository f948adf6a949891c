import {
  Edit as RaEdit,
  List as RaList,
  Pagination,
  Show as RaShow,
  useEditContext,
  useListContext,
  useNotify,
  useRedirect,
  useLocaleState,
  useResourceContext,
  useShowContext,
  useTranslate,
  type EditProps,
  type ListProps,
  type RaRecord,
  type ShowProps,
} from 'react-admin';
import { LoadFailed } from './LoadFailed';
import { dateLocale } from './dates';

/*
 * react-admin's List, Show and Edit with failed loads shown as failures. Out of the box a list
 * that failed to load draws its empty table ("No forms found") under the last page count, and a
 * show page that failed says the record does not exist and leaves for the list: a server that is
 * down looked like missing data. Here the page says the load failed, why, and offers a retry.
 */

const ListFailed = () => {
  const { error, refetch } = useListContext();
  return <LoadFailed error={error} retry={refetch} />;
};

/**
 * No "1–25 of 25" under a failure: those rows are not on screen. A total the server estimated
 * (a list of more than 10,000 rows on PostgreSQL) reads "of about N", not as a count.
 */
const ListPagination = () => {
  const { error, meta } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (error) return null;
  if (!meta?.totalIsEstimate) return <Pagination />;
  const labelDisplayedRows = ({ from, to, count }: { from: number; to: number; count: number }) =>
    translate('dk.list.estimated_range', { from, to, count: count.toLocaleString(dateLocale(locale)) });
  // Passed through to MUI's TablePagination (react-admin's props type leaves it out).
  return <Pagination {...({ labelDisplayedRows } as object)} data-testid="list-pagination-estimated" />;
};

export const List = <R extends RaRecord = any>(props: ListProps<R>) => (
  <RaList<R>
    error={<ListFailed />}
    pagination={<ListPagination />}
    {...props}
    // The page shows the failure itself; react-admin's toast would only repeat it.
    queryOptions={{ onError: () => undefined, ...props.queryOptions }}
  />
);

/** A missing record (404) still goes back to the list, as react-admin does; other failures stay. */
function useDetailOnError(resourceProp: string | undefined) {
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext({ resource: resourceProp });
  return (e: unknown) => {
    if ((e as { status?: number })?.status !== 404) return;
    notify('ra.notification.item_doesnt_exist', { type: 'error' });
    redirect('list', resource);
  };
}

const ShowFailed = () => {
  const { error, refetch } = useShowContext();
  return <LoadFailed error={error} retry={refetch} />;
};

export const Show = <R extends RaRecord = any>(props: ShowProps<R>) => {
  const onError = useDetailOnError(props.resource);
  return <RaShow<R> error={<ShowFailed />} {...props} queryOptions={{ onError, ...props.queryOptions }} />;
};

const EditFailed = () => {
  const { error, refetch } = useEditContext();
  return <LoadFailed error={error} retry={refetch} />;
};

export const Edit = <R extends RaRecord = any>(props: EditProps<R>) => {
  const onError = useDetailOnError(props.resource);
  return <RaEdit<R> error={<EditFailed />} {...props} queryOptions={{ onError, ...props.queryOptions }} />;
};
