import {
  checkBody,
  checkTitle,
  DomainError,
  firstError,
  invalidTransition,
  isDomainError,
} from '../shared/index.js';
import type { ProposeProjectIdea, ReviseProjectIdea } from './commands.js';
import type { ProjectIdeaEvent } from './events.js';
import type { ExistingProjectIdea, ProjectIdeaState } from './state.js';
import { isOpen } from './state.js';
import { checkId, checkIds, checkOrigins, checkPeriod, conflict, headerOf } from './validate.js';

type Result = readonly ProjectIdeaEvent[] | DomainError;

export const propose = (
  { data, metadata }: ProposeProjectIdea,
  state: ProjectIdeaState,
): Result => {
  if (state.status !== 'empty') {
    return conflict(
      'projectIdeaId',
      `Die Projektidee „${data.projectIdeaId}“ gibt es bereits.`,
      `Project idea "${data.projectIdeaId}" already exists.`,
    );
  }
  const { projectIdeaId, title, body, plannedStart, plannedEnd } = data;
  const actionFieldIds = data.actionFieldIds ?? [];
  const originatesFrom = data.originatesFrom ?? [];
  const header =
    firstError(
      checkId('projectIdeaId', projectIdeaId),
      checkTitle('title', title),
      checkBody('body', body),
      checkIds('actionFieldIds', actionFieldIds),
      checkOrigins('originatesFrom', originatesFrom),
      checkPeriod(plannedStart, plannedEnd),
    ) ?? headerOf(metadata);
  if (isDomainError(header)) return header;
  const event: ProjectIdeaEvent = {
    type: 'ProjectIdeaProposed',
    ...header,
    data: {
      projectIdeaId,
      title,
      body,
      actionFieldIds,
      originatesFrom,
      ...(plannedStart === undefined ? {} : { plannedStart }),
      ...(plannedEnd === undefined ? {} : { plannedEnd }),
    },
  };
  return [event];
};

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

type TextField = 'title' | 'body' | 'plannedStart' | 'plannedEnd';
const TEXT_FIELDS: readonly TextField[] = ['title', 'body', 'plannedStart', 'plannedEnd'];

/** The fields that differ from the current state; `undefined` when nothing would change. */
const changesOf = (data: ReviseProjectIdea['data'], state: ExistingProjectIdea) => {
  const changes: Partial<Record<TextField, string>> & {
    actionFieldIds?: readonly string[];
    previousActionFieldIds?: readonly string[];
  } = {};
  for (const key of TEXT_FIELDS) {
    const value = data[key];
    if (value !== undefined && value !== state[key]) changes[key] = value;
  }
  if (data.actionFieldIds !== undefined && !sameIds(data.actionFieldIds, state.actionFieldIds)) {
    changes.actionFieldIds = data.actionFieldIds;
    changes.previousActionFieldIds = state.actionFieldIds;
  }
  return Object.keys(changes).length === 0 ? undefined : changes;
};

/** Content stays editable while the project is open; a closed one keeps its record. */
export const revise = (command: ReviseProjectIdea, state: ExistingProjectIdea): Result => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const { data, metadata } = command;
  const invalid = firstError(
    data.title === undefined ? undefined : checkTitle('title', data.title),
    data.body === undefined ? undefined : checkBody('body', data.body),
    checkIds('actionFieldIds', data.actionFieldIds ?? []),
    checkPeriod(
      data.plannedStart ?? state.plannedStart,
      data.plannedEnd ?? state.plannedEnd,
      data.plannedEnd === undefined ? 'plannedStart' : 'plannedEnd',
    ),
  );
  if (invalid) return invalid;
  const changes = changesOf(data, state);
  if (changes === undefined) {
    return new DomainError('BAD_USER_INPUT', {
      de: 'Die Änderung ändert nichts: alle Angaben sind unverändert.',
      en: 'Nothing to change: every field is unchanged.',
    });
  }
  const header = headerOf(metadata);
  if (isDomainError(header)) return header;
  const event: ProjectIdeaEvent = {
    type: 'ProjectIdeaRevised',
    ...header,
    data: { projectIdeaId: state.projectIdeaId, ...changes },
  };
  return [event];
};
