import type { CalendarDate, DomainCommandType } from '@fahrplan/domain';
import type { CommandData } from '../command-mutation.js';
import { changeMutation } from './mutation-parts.js';

/** What tells one kind's milestone mutations from another's: names, wording, the target's key. */
interface MilestoneMutations<Plan extends DomainCommandType, Reach extends DomainCommandType> {
  readonly plan: readonly [name: string, command: Plan, description: string];
  /** The due date's description: where the kind bounds it. */
  readonly dueDate: string;
  readonly planData: (
    itemId: string,
    milestone: { milestoneId: string; title: string; dueDate: CalendarDate },
  ) => CommandData<Plan>;
  readonly reach: readonly [name: string, command: Reach];
  readonly reachData: (itemId: string, milestoneId: string) => CommandData<Reach>;
}

/** Planning and reaching a milestone: the same for every kind with milestones. */
export const milestoneMutations = <Plan extends DomainCommandType, Reach extends DomainCommandType>(
  kind: 'measure' | 'projectIdea',
  {
    plan: [planName, planCommand, planDescription],
    dueDate,
    planData,
    ...spec
  }: MilestoneMutations<Plan, Reach>,
) => {
  changeMutation(kind, planName, {
    command: planCommand,
    description: planDescription,
    docs: {},
    fields: (t) => ({
      title: t.string({ required: true, description: 'What is reached, at most 200 characters.' }),
      dueDate: t.field({ type: 'Date', required: true, description: dueDate }),
    }),
    data: (input, context) =>
      planData(input.id.id, {
        milestoneId: context.newId(),
        title: input.title,
        dueDate: input.dueDate,
      }),
  });
  const [reachName, reachCommand] = spec.reach;
  changeMutation(kind, reachName, {
    command: reachCommand,
    description: 'Mark a milestone reached (Meilenstein erreicht), at `occurredAt` or now.',
    docs: {},
    fields: (t) => ({
      milestoneId: t.id({ required: true, description: 'The `milestoneId` reached.' }),
    }),
    data: (input) => spec.reachData(input.id.id, String(input.milestoneId)),
  });
};
