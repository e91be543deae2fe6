import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js reports a refused variable as `Variable "$input" got invalid value … at "input.date"`
// and keeps the path only in that text.
const AT_PATH =
  /^Variable "\$[_A-Za-z][_0-9A-Za-z]*" got invalid value .*? at "[_A-Za-z][_0-9A-Za-z]*\.([^"]+)"; /s;

const withField = (error: GraphQLError): GraphQLError => {
  const field = AT_PATH.exec(error.message)?.[1];
  if (field === undefined || error.extensions.field !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, field },
  });
};

/**
 * Names the input field a scalar refused (`extensions.field: "dueDate"` for a `Date` of
 * `2017-02-30` in `input.dueDate`), as domain errors do, so clients show it beside that field.
 */
export const useInputErrorField = (): Plugin => ({
  onExecute: () => ({
    onExecuteDone: ({ result, setResult }) => {
      if (!('errors' in result) || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map(withField) });
    },
  }),
});
