import { checkedCalendarDate } from '@fahrplan/domain';
import { roadmapRows } from '../../queries/roadmap.js';
import { builder } from '../builder.js';
import { knownProcessIdOf, processArg } from '../process-arg.js';
import { timeTravelArgs, timeTravelOf } from '../time-travel-args.js';
import { ActionFieldType } from './refs.js';
import { roadmapLanes } from './roadmap/lanes.js';
import { RoadmapType } from './roadmap/types.js';

/** The strategy's horizon: the roadmap runs to the end of 2030. */
const HORIZON = checkedCalendarDate('2030-12-31');

builder.queryField('roadmap', (t) =>
  t.field({
    type: RoadmapType,
    description:
      'The roadmap (Fahrplan) to 2030 per action field: measures, project ideas and their milestones by date; with `asOf`, as it was then.',
    args: {
      ...timeTravelArgs,
      actionField: t.arg.globalID({
        required: false,
        for: ActionFieldType,
        description: 'Only this action field’s lane.',
      }),
      process: processArg(t.arg),
      until: t.arg({
        type: 'Date',
        required: true,
        defaultValue: HORIZON,
        description: 'The last day shown (default: the end of 2030); nothing after it.',
      }),
    },
    resolve: async (_root, args, context) => {
      const { database, scope, timeZone } = context;
      const asOf = timeTravelOf(args);
      const actionFieldId = args.actionField?.id;
      const processId = args.process ? await knownProcessIdOf(args.process, context) : undefined;
      const rows = await roadmapRows(
        database,
        {
          scope,
          ...(actionFieldId ? { actionFieldId } : {}),
          ...(processId ? { processId } : {}),
        },
        asOf,
      );
      return {
        lanes: roadmapLanes(rows, args.until, timeZone, { withoutActionField: !actionFieldId }),
        until: args.until,
        asOf: asOf?.at ?? null,
      };
    },
  }),
);
