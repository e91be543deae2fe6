import type { TimeTravel } from '../queries/time-travel.js';
import { builder } from './builder.js';

export const TimeBasis = builder.enumType('TimeBasis', {
  description: 'Which clock a moment is read by: `asOf`, or the window of `changes`.',
  values: {
    RECORDED: { description: 'When Fahrplan recorded the change (default): what Fahrplan showed.' },
    OCCURRED: { description: 'When the change happened in the real world (e.g. a 2017 workshop).' },
  },
});

/** The `asOf` / `asOfBasis` arguments of every field that can travel in time. */
export const timeTravelArgs = builder.args((t) => ({
  asOf: t.field({
    type: 'DateTime',
    required: false,
    description: 'Show the state at this moment instead of now (time travel).',
  }),
  asOfBasis: t.field({
    type: TimeBasis,
    required: false,
    description: 'Whether `asOf` means recording time (default) or occurrence time.',
  }),
}));

export const timeTravelOf = (args: {
  asOf?: string | null;
  asOfBasis?: 'RECORDED' | 'OCCURRED' | null;
}): TimeTravel | undefined =>
  args.asOf
    ? { at: args.asOf, by: args.asOfBasis === 'OCCURRED' ? 'occurred' : 'recorded' }
    : undefined;
