import { milestoneStatusLabels } from '@fahrplan/domain';
import { builder, type Types } from '../../builder.js';

/** A milestone as measures and project ideas hold it in their state. */
export interface MilestoneShape {
  readonly milestoneId: string;
  readonly title: string;
  readonly dueDate: string;
  readonly reachedAt?: string;
}

type MilestoneStatus = keyof typeof milestoneStatusLabels;

const statusOf = (milestone: MilestoneShape): MilestoneStatus =>
  milestone.reachedAt === undefined ? 'open' : 'reached';

export const MilestoneStatusEnum = builder.enumType('MilestoneStatus', {
  description: 'Whether a milestone (Meilenstein) is still open or has been reached.',
  values: {
    OPEN: { value: 'open', description: 'Not reached yet (Offen).' },
    REACHED: { value: 'reached', description: 'Reached (Erreicht).' },
  } as const,
});

/** The fields every milestone shows, on its own or on the roadmap. */
export const milestoneFields = <Shape extends MilestoneShape>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
) => ({
  milestoneId: t.id({
    description:
      'The milestone’s id within its item (not a global id): pass it to reach or reschedule it.',
    resolve: (milestone) => milestone.milestoneId,
  }),
  title: t.string({ description: 'What is reached (Meilenstein).', resolve: (m) => m.title }),
  dueDate: t.field({
    type: 'Date',
    description: 'When it is due (Termin).',
    resolve: (milestone) => milestone.dueDate,
  }),
  reachedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was reached; null while open.',
    resolve: (milestone) => milestone.reachedAt ?? null,
  }),
  status: t.field({
    type: MilestoneStatusEnum,
    description: 'OPEN until reached.',
    resolve: statusOf,
  }),
  statusLabel: t.string({
    description: 'The status in the caller’s language.',
    resolve: (milestone, _args, { locale }) => milestoneStatusLabels[statusOf(milestone)][locale],
  }),
});

export const MilestoneType = builder.objectRef<MilestoneShape>('Milestone').implement({
  description:
    'A milestone (Meilenstein) of a measure or project idea: what puts it on the roadmap to 2030.',
  fields: (t) => milestoneFields(t),
});

/** Milestones by due date (calendar dates sort as text), then title: the roadmap's order. */
export const byDueDate = (a: MilestoneShape, b: MilestoneShape): number =>
  a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'de');
