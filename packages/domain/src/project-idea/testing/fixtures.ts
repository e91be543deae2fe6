import { TEST_NOW } from '../../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../../shared/testing/fixtures.js';
import type { ProjectIdeaCommand, ProjectIdeaEvent, ProjectPartner } from '../index.js';

/** A project idea from the 2017 conference in Leipzig, with its partners and origins. */
export const id = 'pi-lernfabrik';
export const at = TEST_NOW;

/** A command on the fixture's item (`projectIdeaId` filled in) and the event `decide` emits for it. */
export const { command, event } = itemFixtures<
  ProjectIdeaCommand,
  ProjectIdeaEvent,
  'projectIdeaId'
>('projectIdeaId', id);

export const proposal = {
  title: 'Lernfabrik Industrie 4.0 für den Mittelstand',
  body: 'Eine Lern- und Demonstrationsfabrik, in der KMU digitale Produktion erproben.',
  actionFieldIds: ['af-digital', 'af-arbeit'],
  originatesFrom: [
    { kind: 'Suggestion', id: 'sg-lernfabrik' },
    { kind: 'Meeting', id: 'mt-konferenz-2017' },
  ],
} as const;

export const tuChemnitz: ProjectPartner = {
  partnerId: 'pa-tu-chemnitz',
  name: 'TU Chemnitz',
  sector: 'science',
  role: 'lead',
};
export const ihkLeipzig: ProjectPartner = {
  partnerId: 'pa-ihk-leipzig',
  name: 'IHK Leipzig',
  sector: 'industry',
};

export const propose = (changes: Partial<DataOf<ProjectIdeaCommand, 'ProposeProjectIdea'>> = {}) =>
  command('ProposeProjectIdea', { ...proposal, ...changes });

export const proposed = event('ProjectIdeaProposed', proposal);
export const preparationStarted = event('ProjectPreparationStarted', {});
export const launched = event('ProjectLaunched', {});
export const completed = event('ProjectCompleted', {});
export const discontinued = event('ProjectDiscontinued', {}, { reason: 'Keine Förderung' });

/** The history that leads to each status. */
export const histories = {
  idea: [proposed],
  in_preparation: [proposed, preparationStarted],
  running: [proposed, preparationStarted, launched],
  completed: [proposed, preparationStarted, launched, completed],
  discontinued: [proposed, discontinued],
} as const satisfies Record<string, readonly ProjectIdeaEvent[]>;

export const OPEN = ['idea', 'in_preparation', 'running'] as const;
export const CLOSED = ['completed', 'discontinued'] as const;
