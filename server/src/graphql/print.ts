import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

/** The committed schema.graphql: sorted, so the file only changes when the API does. */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
