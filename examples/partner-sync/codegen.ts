import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed client, generated from the schema Fahrplan serves. FAHRPLAN_SCHEMA names it: the SDL
 * (`…/graphql/schema.graphql`), or the GraphQL endpoint itself (`…/graphql`, by introspection).
 */
export const schemaSource =
  process.env.FAHRPLAN_SCHEMA ?? 'http://127.0.0.1:3000/graphql/schema.graphql';

export const codegenConfig = (schema: string, root = '.'): CodegenConfig => ({
  schema,
  documents: [`${root}/src/**/*.ts`, `!${root}/src/gql/**`],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [`${root}/src/gql/`]: {
      preset: 'client',
      config: {
        // Plain strings on the wire, no GraphQL library at run time; enums as string unions.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
});

export default codegenConfig(schemaSource);
