import { compact, type InputFieldBuilder } from '../../command-mutation.js';
import {
  actionFieldIdsInput,
  changeMutation,
  createMutation,
  transitionMutation,
} from '../mutation-parts.js';
import { ORIGIN_DESCRIPTION, originOf } from './origin.js';

createMutation('projectIdea', 'proposeProjectIdea', {
  command: 'ProposeProjectIdea',
  description: 'Propose a project idea (Projektidee vorschlagen).',
  docs: {},
  fields: (t) => ({
    title: t.string({ required: true, description: 'Title, at most 200 characters.' }),
    body: t.string({ required: true, description: 'Description, at most 20,000 characters.' }),
    actionFields: actionFieldIdsInput(t, 'The action fields (Handlungsfelder) it belongs to.'),
    originatesFrom: t.globalIDList({
      required: false,
      description: `What it grows from (Ursprung), each ${ORIGIN_DESCRIPTION} Suggestions named here are taken up.`,
    }),
    ...plannedPeriodFields(t),
  }),
  data: (input, context) => ({
    projectIdeaId: context.newId(),
    title: input.title,
    body: input.body,
    ...compact({
      actionFieldIds: input.actionFields?.map((ref) => ref.id),
      originatesFrom: input.originatesFrom?.map((ref, index) =>
        originOf(ref, `originatesFrom.${index}`, context.locale),
      ),
      plannedStart: input.plannedStart,
      plannedEnd: input.plannedEnd,
    }),
  }),
});

changeMutation('projectIdea', 'reviseProjectIdea', {
  command: 'ReviseProjectIdea',
  description: 'Change a project idea’s content (überarbeiten): only the fields given change.',
  docs: {},
  fields: (t) => ({
    title: t.string({ required: false, description: 'A new title, at most 200 characters.' }),
    body: t.string({
      required: false,
      description: 'A new description, at most 20,000 characters.',
    }),
    actionFields: actionFieldIdsInput(t, 'The new set of action fields (replaces the old one).'),
    ...plannedPeriodFields(t),
  }),
  data: (input) => ({
    projectIdeaId: input.id.id,
    ...compact({
      title: input.title,
      body: input.body,
      actionFieldIds: input.actionFields?.map((ref) => ref.id),
      plannedStart: input.plannedStart,
      plannedEnd: input.plannedEnd,
    }),
  }),
});

transitionMutation(
  'projectIdea',
  'startProjectPreparation',
  'StartProjectPreparation',
  'Start preparing the project (idea → in_preparation; Vorbereitung beginnen).',
  (projectIdeaId) => ({ projectIdeaId }),
);
transitionMutation(
  'projectIdea',
  'launchProject',
  'LaunchProject',
  'Launch the project (in_preparation → running; Projektstart).',
  (projectIdeaId) => ({ projectIdeaId }),
);
transitionMutation(
  'projectIdea',
  'completeProject',
  'CompleteProject',
  'Complete the project (running → completed; abschließen).',
  (projectIdeaId) => ({ projectIdeaId }),
);
transitionMutation(
  'projectIdea',
  'discontinueProject',
  'DiscontinueProject',
  'Discontinue an open project idea (einstellen); a reason is required.',
  (projectIdeaId) => ({ projectIdeaId }),
);

/** The planned period (Zeitraum) of a project idea, as proposed or revised (hoisted: used above). */
function plannedPeriodFields(t: InputFieldBuilder) {
  return {
    plannedStart: t.field({
      type: 'Date',
      required: false,
      description: 'When the project is planned to start (geplanter Beginn).',
    }),
    plannedEnd: t.field({
      type: 'Date',
      required: false,
      description: 'When the project is planned to end (geplantes Ende): not before the start.',
    }),
  };
}
