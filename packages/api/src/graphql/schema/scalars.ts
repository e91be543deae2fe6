import { Kind } from 'graphql';
import { builder } from '../builder.js';
import { parseDateTime } from '../input-guard/date-time.js';

builder.scalarType('DateTime', {
  description:
    'A point in time, ISO 8601 (e.g. `2017-03-07T09:00:00Z`); a bare date means midnight UTC. From 1900-01-01 to 9999-12-31 (UTC); impossible dates such as 2017-02-30 are refused.',
  serialize: (value) => value,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('JSON', {
  description: 'Any JSON value (used for the before/after values of changed fields).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
