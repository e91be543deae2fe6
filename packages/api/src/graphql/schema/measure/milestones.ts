import { builder } from '../../builder.js';
import { changeFields, itemPayload, runCommand } from '../../command-mutation.js';
import { targetId } from '../mutation-parts.js';
import { MeasureType } from '../refs.js';

builder.relayMutationField(
  'planMilestone',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.measure(t),
      title: t.string({ required: true, description: 'What is reached, at most 200 characters.' }),
      dueDate: t.field({
        type: 'Date',
        required: true,
        description: 'When it is due: not before the day of adoption.',
      }),
    }),
  },
  {
    description:
      'Plan a milestone of an open measure (Meilenstein planen); it gets a new `milestoneId`.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'PlanMilestone',
        {
          measureId: input.id.id,
          milestoneId: context.newId(),
          title: input.title,
          dueDate: input.dueDate,
        },
        input,
      ),
  },
  itemPayload('measure', MeasureType),
);

builder.relayMutationField(
  'rescheduleMilestone',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.measure(t),
      milestoneId: t.id({ required: true, description: 'The `milestoneId` to move.' }),
      dueDate: t.field({ type: 'Date', required: true, description: 'The new due date.' }),
    }),
  },
  {
    description:
      'Move an open milestone to a new date (Meilenstein verschieben); a reason is required.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'RescheduleMilestone',
        { measureId: input.id.id, milestoneId: String(input.milestoneId), dueDate: input.dueDate },
        input,
      ),
  },
  itemPayload('measure', MeasureType),
);

builder.relayMutationField(
  'reachMilestone',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.measure(t),
      milestoneId: t.id({ required: true, description: 'The `milestoneId` reached.' }),
    }),
  },
  {
    description: 'Mark a milestone reached (Meilenstein erreicht), at `occurredAt` or now.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'ReachMilestone',
        { measureId: input.id.id, milestoneId: String(input.milestoneId) },
        input,
      ),
  },
  itemPayload('measure', MeasureType),
);
