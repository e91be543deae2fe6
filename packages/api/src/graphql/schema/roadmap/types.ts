import { builder } from '../../builder.js';
import { ItemInterface } from '../item.js';
import { readModelType } from '../read-model.js';
import { ActionFieldType, MeasureType, ProjectIdeaType } from '../refs.js';
import type { RoadmapLaneShape, RoadmapMilestoneShape } from './lanes.js';
import { milestoneFields } from './milestone.js';

export const RoadmapMilestoneType = builder
  .objectRef<RoadmapMilestoneShape>('RoadmapMilestone')
  .implement({
    description: 'A milestone on the roadmap, with the measure or project idea it belongs to.',
    fields: (t) => ({
      ...milestoneFields(t),
      item: t.expose('item', {
        type: ItemInterface,
        description: 'The measure (Maßnahme) or project idea (Projektidee) it belongs to.',
      }),
    }),
  });

export const RoadmapLaneType = readModelType<RoadmapLaneShape>(
  'RoadmapLane',
  'One lane of the roadmap: an action field (Handlungsfeld) with its measures, project ideas and their milestones, each by date.',
  {
    actionField: {
      type: ActionFieldType,
      nullable: true,
      description:
        'The lane’s action field; null for the last lane, of items in no action field shown.',
    },
    measures: {
      type: [MeasureType],
      description: 'Its measures (Maßnahmen), by planned start (else adoption), then title.',
    },
    projectIdeas: {
      type: [ProjectIdeaType],
      description:
        'Its project ideas (Projektideen), by planned start (else proposal), then title.',
    },
    milestones: {
      type: [RoadmapMilestoneType],
      description: 'The milestones of those measures and project ideas, by due date.',
    },
  },
);

export interface RoadmapShape {
  readonly lanes: readonly RoadmapLaneShape[];
  readonly until: string;
  readonly asOf: string | null;
}

export const RoadmapType = readModelType<RoadmapShape>(
  'Roadmap',
  'The roadmap (Fahrplan) to 2030: per action field, what is planned and when.',
  {
    lanes: { type: [RoadmapLaneType], description: 'One lane per action field, by title.' },
    until: { type: 'Date', description: 'The last day shown.' },
    asOf: {
      type: 'DateTime',
      nullable: true,
      description: 'The moment shown (time travel); null for now.',
    },
  },
);
