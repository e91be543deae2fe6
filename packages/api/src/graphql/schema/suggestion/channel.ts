import { type SuggestionChannel, suggestionChannelLabels } from '@fahrplan/domain';
import { builder } from '../../builder.js';

const describe = (channel: SuggestionChannel) => {
  const label = suggestionChannelLabels[channel];
  return `${label.en} (${label.de}).`;
};

/** How a suggestion reached the team; resolvers and inputs see the domain's values. */
export const SuggestionChannelEnum = builder.enumType('SuggestionChannel', {
  description: 'How a suggestion reached the team (Eingangskanal).',
  values: {
    MEETING: { value: 'meeting', description: `${describe('meeting')} Needs the meeting.` },
    MAIL: { value: 'mail', description: describe('mail') },
    ONLINE: { value: 'online', description: describe('online') },
    OTHER: { value: 'other', description: describe('other') },
  } as const,
});
