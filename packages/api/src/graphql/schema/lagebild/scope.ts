import { type CalendarDate, calendarDateIn } from '@fahrplan/domain';
import type { LagebildFilter } from '../../../queries/lagebild.js';
import type { TimeTravel } from '../../../queries/time-travel.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { knownProcessIdOf, PROCESS_ARG_DESCRIPTION } from '../../process-arg.js';
import { timeTravelArgs, timeTravelOf } from '../../time-travel-args.js';
import { ActionFieldType } from '../refs.js';

/** The arguments every Lagebild answer takes: where to look and as of when. */
export const lagebildArgs = builder.args((t) => ({
  ...timeTravelArgs,
  actionField: t.globalID({
    required: false,
    for: ActionFieldType,
    description: 'Only this action field (Handlungsfeld): its measures and their indicators.',
  }),
  process: t.string({ required: false, description: PROCESS_ARG_DESCRIPTION }),
}));

interface ScopeArgs {
  readonly asOf?: string | null;
  readonly asOfBasis?: 'RECORDED' | 'OCCURRED' | null;
  readonly actionField?: { readonly id: string } | null;
  readonly process?: string | null;
}

/** Where and when a Lagebild answer looks, and the calendar day it judges overdue by. */
export interface LagebildScope {
  readonly filter: LagebildFilter;
  readonly asOf: TimeTravel | undefined;
  /** The day of `asOf` (or of now) in the installation's time zone. */
  readonly today: CalendarDate;
}

/** The last moment whose day every time zone can name: `asOf` may lie up to the end of 9999 UTC. */
const LAST_NAMEABLE = '9999-12-30T00:00:00.000Z';

/** The calendar day of a moment (or of now) in the installation's time zone. */
export const todayOf = (
  asOf: TimeTravel | undefined,
  { now, timeZone }: Pick<GraphQLContext, 'now' | 'timeZone'>,
): CalendarDate => {
  const at = asOf?.at ?? now();
  return calendarDateIn(Date.parse(at) > Date.parse(LAST_NAMEABLE) ? LAST_NAMEABLE : at, timeZone);
};

export const scopeOf = async (args: ScopeArgs, context: GraphQLContext): Promise<LagebildScope> => {
  const asOf = timeTravelOf(args);
  const processId = args.process ? await knownProcessIdOf(args.process, context) : undefined;
  return {
    filter: {
      scope: context.scope,
      ...(args.actionField ? { actionFieldId: args.actionField.id } : {}),
      ...(processId ? { processId } : {}),
    },
    asOf,
    today: todayOf(asOf, context),
  };
};
