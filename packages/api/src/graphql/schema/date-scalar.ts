import { type CalendarDate, calendarDate } from '@fahrplan/domain';
import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.js';

const parseDate = (value: unknown): CalendarDate => {
  const day = typeof value === 'string' ? calendarDate(value) : undefined;
  if (day === undefined) {
    throw new GraphQLError(
      `Date must be a calendar date YYYY-MM-DD that exists (e.g. 2017-03-07), got ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return day;
};

builder.scalarType('Date', {
  description:
    'A calendar date without time or time zone, ISO 8601 `YYYY-MM-DD` (e.g. `2017-03-07`): due dates, meeting dates, planned periods. A day that does not exist (`2017-02-30`) is refused.',
  // Stored dates are calendar dates since their events' version 2 (older ones are upcast): any
  // other value here is a bug, and masked as an internal error rather than sent on.
  serialize: (value) => {
    const day = typeof value === 'string' ? calendarDate(value) : undefined;
    if (day === undefined) throw new Error(`Not a calendar date: ${String(value)}`);
    return day;
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
