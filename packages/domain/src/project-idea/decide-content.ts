import {
  actionFieldChange,
  changedTexts,
  checkBody,
  checkId,
  checkIds,
  checkPeriod,
  checkRevisedPeriod,
  checkTitle,
  type DomainError,
  firstError,
  nothingToChange,
  oneEvent,
  periodOf,
} from '../shared/index.js';
import type { ProposeProjectIdea, ReviseProjectIdea } from './commands.js';
import type { ProjectIdeaEvent } from './events.js';
import type { ExistingProjectIdea } from './state.js';
import { checkOrigins } from './validate.js';

type Decision = readonly ProjectIdeaEvent[] | DomainError;

export const propose = ({ data, metadata }: ProposeProjectIdea): Decision => {
  const { projectIdeaId, title, body, plannedStart, plannedEnd } = data;
  const actionFieldIds = data.actionFieldIds ?? [];
  const originatesFrom = data.originatesFrom ?? [];
  const invalid = firstError(
    checkId('projectIdeaId', projectIdeaId),
    checkTitle('title', title),
    checkBody('body', body),
    checkIds('actionFieldIds', actionFieldIds),
    checkOrigins('originatesFrom', originatesFrom),
    checkPeriod(plannedStart, plannedEnd),
  );
  if (invalid) return invalid;
  return oneEvent(metadata, {
    type: 'ProjectIdeaProposed',
    schemaVersion: 2,
    data: {
      projectIdeaId,
      title,
      body,
      actionFieldIds,
      originatesFrom,
      ...periodOf(data),
    },
  });
};

/** The fields that differ from the current state; `undefined` when nothing would change. */
const changesOf = (data: ReviseProjectIdea['data'], state: ExistingProjectIdea) => {
  const changes = {
    ...changedTexts(['title', 'body'], data, state),
    ...periodOf(changedTexts(['plannedStart', 'plannedEnd'], data, state)),
    ...actionFieldChange(data.actionFieldIds, state.actionFieldIds),
  };
  return Object.keys(changes).length === 0 ? undefined : changes;
};

/** Content stays editable while the project is open; a closed one keeps its record. */
export const revise = (command: ReviseProjectIdea, state: ExistingProjectIdea): Decision => {
  const { data, metadata } = command;
  const invalid = firstError(
    data.title === undefined ? undefined : checkTitle('title', data.title),
    data.body === undefined ? undefined : checkBody('body', data.body),
    checkIds('actionFieldIds', data.actionFieldIds ?? []),
    checkRevisedPeriod(data, state),
  );
  if (invalid) return invalid;
  const changes = changesOf(data, state);
  if (changes === undefined) return nothingToChange();
  return oneEvent(metadata, {
    type: 'ProjectIdeaRevised',
    schemaVersion: 2,
    data: { projectIdeaId: state.projectIdeaId, ...changes },
  });
};
