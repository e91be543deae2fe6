import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

const parseDateTime = (value: unknown): string => {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(
      `DateTime must be an ISO 8601 date or date-time with time zone, got ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return new Date(Date.parse(value)).toISOString();
};

builder.scalarType('DateTime', {
  description:
    'A point in time, ISO 8601 (e.g. `2017-03-07T09:00:00Z`); a bare date means midnight UTC.',
  serialize: (value) => value,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('JSON', {
  description: 'Any JSON value (used for the before/after values of changed fields).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
