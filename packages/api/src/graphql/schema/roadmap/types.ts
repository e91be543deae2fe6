import { builder } from '../../builder.js';
import { ItemInterface } from '../item.js';
import { ActionFieldType, MeasureType, ProjectIdeaType } from '../refs.js';
import type { RoadmapLaneShape, RoadmapMilestoneShape } from './lanes.js';
import { milestoneFields } from './milestone.js';

export const RoadmapMilestoneType = builder
  .objectRef<RoadmapMilestoneShape>('RoadmapMilestone')
  .implement({
    description: 'A milestone on the roadmap, with the measure or project idea it belongs to.',
    fields: (t) => ({
      ...milestoneFields(t),
      item: t.field({
        type: ItemInterface,
        description: 'The measure (Maßnahme) or project idea (Projektidee) it belongs to.',
        resolve: (milestone) => milestone.item,
      }),
    }),
  });

export const RoadmapLaneType = builder.objectRef<RoadmapLaneShape>('RoadmapLane').implement({
  description:
    'One lane of the roadmap: an action field (Handlungsfeld) with its measures, project ideas and their milestones, each by date.',
  fields: (t) => ({
    actionField: t.field({
      type: ActionFieldType,
      nullable: true,
      description:
        'The lane’s action field; null for the last lane, of items in no action field shown.',
      resolve: (lane) => lane.actionField,
    }),
    measures: t.field({
      type: [MeasureType],
      description: 'Its measures (Maßnahmen), by planned start (else adoption), then title.',
      resolve: (lane) => lane.measures,
    }),
    projectIdeas: t.field({
      type: [ProjectIdeaType],
      description:
        'Its project ideas (Projektideen), by planned start (else proposal), then title.',
      resolve: (lane) => lane.projectIdeas,
    }),
    milestones: t.field({
      type: [RoadmapMilestoneType],
      description: 'The milestones of those measures and project ideas, by due date.',
      resolve: (lane) => lane.milestones,
    }),
  }),
});

export interface RoadmapShape {
  readonly lanes: readonly RoadmapLaneShape[];
  readonly until: string;
  readonly asOf: string | null;
}

export const RoadmapType = builder.objectRef<RoadmapShape>('Roadmap').implement({
  description: 'The roadmap (Fahrplan) to 2030: per action field, what is planned and when.',
  fields: (t) => ({
    lanes: t.field({
      type: [RoadmapLaneType],
      description: 'One lane per action field, by title.',
      resolve: (roadmap) => [...roadmap.lanes],
    }),
    until: t.field({
      type: 'Date',
      description: 'The last day shown.',
      resolve: (roadmap) => roadmap.until,
    }),
    asOf: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The moment shown (time travel); null for now.',
      resolve: (roadmap) => roadmap.asOf,
    }),
  }),
});
