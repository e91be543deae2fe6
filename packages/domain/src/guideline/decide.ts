import { createOnce } from '../shared/create-once.js';
import type { DomainError } from '../shared/index.js';
import {
  checkContent,
  checkId,
  checkReason,
  firstError,
  headerOf,
  isDomainError,
  itemDecider,
  oneEvent,
  reviseContent,
} from '../shared/index.js';
import type { DraftGuideline, GuidelineCommand, ReviseGuideline } from './commands.js';
import type { GuidelineEvent } from './events.js';
import type { ExistingGuideline, GuidelineState } from './state.js';

type Decision = readonly GuidelineEvent[] | DomainError;

const draft = (command: DraftGuideline): Decision => {
  const { guidelineId, title, body, actionFieldIds } = command.data;
  const header =
    firstError(checkId('guidelineId', guidelineId), checkContent(command.data)) ??
    headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { guidelineId, title, body, actionFieldIds };
  return [{ type: 'GuidelineDrafted', schemaVersion: 1, ...header, data }];
};

/** Revising a published guideline reopens it as a draft. */
const revise = (command: ReviseGuideline, state: ExistingGuideline): Decision =>
  reviseContent<GuidelineEvent>(command, state, (header, changes) => ({
    type: 'GuidelineRevised',
    schemaVersion: 1,
    ...header,
    data: { guidelineId: command.data.guidelineId, ...changes },
  }));

/** Each publication is the next numbered version, with a snapshot of its text. */
const publish = (command: GuidelineCommand, state: ExistingGuideline): Decision => {
  const data = {
    guidelineId: state.guidelineId,
    version: state.publishedVersion + 1,
    title: state.title,
    body: state.body,
  };
  return oneEvent(command.metadata, { type: 'GuidelinePublished', schemaVersion: 1, data });
};

const retire = (command: GuidelineCommand, state: ExistingGuideline): Decision =>
  checkReason(command.metadata) ??
  oneEvent(command.metadata, {
    type: 'GuidelineRetired',
    schemaVersion: 1,
    data: { guidelineId: state.guidelineId },
  });

/** draft ⇄ published (a revision reopens the draft); retired from either, and then for good. */
export const decide = itemDecider<GuidelineCommand, GuidelineState>()({
  idField: 'guidelineId',
  create: { DraftGuideline: createOnce('Guideline', 'guidelineId', draft) },
  from: {
    ReviseGuideline: ['draft', 'published'],
    PublishGuideline: ['draft'],
    RetireGuideline: ['draft', 'published'],
  },
  change: { ReviseGuideline: revise, PublishGuideline: publish, RetireGuideline: retire },
});
