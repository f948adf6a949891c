import type { TypedDocumentString } from '../gql/graphql.js';

/**
 * A test's GraphQL document: a graphql(`…`) document, checked against schema.graphql and typed
 * (result and variables) by `npm run codegen`; or a plain string, only for documents that are
 * invalid or built on purpose (hostile inputs, the audit test's one call per mutation).
 */
export type Doc = TypedDocumentString<any, any> | string;

/** What the endpoint answered: the HTTP status and the GraphQL body (`data` is absent after an error). */
export interface Reply<T = any> {
  status: number;
  data: T;
  errors?: any;
}

/**
 * A typed answer as tests read it: field names and value types as the document selects them, but
 * without null and undefined, so a test reads `r.data.task.id` without checks. A value that is
 * missing at run time makes the test fail there, which is all a test needs.
 */
export type Loose<T> = T extends readonly (infer E)[] ? Loose<E>[] : T extends object ? { [K in keyof T]-?: Loose<NonNullable<T[K]>> } : T;

/** A call as one user (`t.as(user)`): typed by the document when it is a graphql() one. */
export interface GqlAs {
  <R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<Reply<Loose<R>>>;
  <T = any>(document: string, variables?: Record<string, unknown>): Promise<Reply<T>>;
}

/** A call with an explicit bearer token (`t.gql`). */
export interface Gql {
  <R, V>(document: TypedDocumentString<R, V>, variables?: V, token?: string | null): Promise<Reply<Loose<R>>>;
  <T = any>(document: string, variables?: Record<string, unknown>, token?: string | null): Promise<Reply<T>>;
}

/** `gql` with a fixed bearer token, typed like `t.as(user)` (an API key's, a token made in the test). */
export const withToken = (gql: Gql, token: string | null | undefined): GqlAs => ((document: Doc, variables?: Record<string, unknown>) => gql(document as string, variables, token)) as GqlAs;
