import { SUGGESTION_CHANNELS, suggestionChannelLabels } from '@fahrplan/domain';
import { labelledEnum } from '../labelled-enum.js';

/** How a suggestion reached the team. */
export const SuggestionChannelEnum = labelledEnum(
  'SuggestionChannel',
  'How a suggestion reached the team (Eingangskanal).',
  SUGGESTION_CHANNELS,
  suggestionChannelLabels,
  { meeting: 'Needs the meeting.' },
);
