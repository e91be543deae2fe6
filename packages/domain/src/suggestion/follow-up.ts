import { followUpsTo } from '../shared/follow-up-to.js';
import type { SuggestionCommand } from './commands.js';

const toSuggestion = followUpsTo<SuggestionCommand>('Suggestion');

/**
 * The one way to take a suggestion up from another aggregate: the follow-up a recommendation or
 * project idea returns from `reactionsTo` (metadata: usually `followUpMetadata(occurredAt)`).
 */
export const takeUpSuggestionFollowUp = toSuggestion('TakeUpSuggestion');

/** The one way another aggregate captures a suggestion: an accepted online submission. */
export const captureSuggestionFollowUp = toSuggestion('CaptureSuggestion');
