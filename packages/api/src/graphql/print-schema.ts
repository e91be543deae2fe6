import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

/** The committed contract: `packages/api/schema.graphql`. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export const printedSchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;

// `pnpm --filter @fahrplan/api schema:print` rewrites the file after a deliberate change.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
