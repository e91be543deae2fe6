import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from './print-schema.js';
import { schema } from './schema/index.js';

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run `pnpm --filter @fahrplan/api schema:print` after a deliberate change)', () => {
    expect(printedSchema()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('describes every type and every field', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
