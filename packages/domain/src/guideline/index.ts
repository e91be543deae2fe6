import { type Aggregate, targetIn } from '../shared/index.js';
import type { GuidelineCommand } from './commands.js';
import { GUIDELINE_COMMAND_TYPES } from './commands.js';
import { decide } from './decide.js';
import type { GuidelineEvent } from './events.js';
import { GUIDELINE_EVENT_TYPES } from './events.js';
import { provenanceOf } from './provenance.js';
import { referencesOf } from './references.js';
import type { GuidelineState } from './state.js';
import { evolve, initialState } from './state.js';

/** Strategische Leitlinie: drafted, published in numbered versions, revised, retired. */
export const guideline: Aggregate<GuidelineCommand, GuidelineEvent, GuidelineState> = {
  kind: 'Guideline',
  commandTypes: GUIDELINE_COMMAND_TYPES,
  eventTypes: GUIDELINE_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('guidelineId'),
  referencesOf,
  provenanceOf,
  // A guideline sets nothing off elsewhere.
  reactionsTo: () => [],
};

export type * from './commands.js';
export { GUIDELINE_COMMAND_TYPES } from './commands.js';
export type * from './events.js';
export { GUIDELINE_EVENT_TYPES } from './events.js';
export * from './labels.js';
export type {
  ExistingGuideline,
  GuidelineState,
  GuidelineStatus,
  PublishedVersion,
} from './state.js';
export { GUIDELINE_STATUSES } from './state.js';
