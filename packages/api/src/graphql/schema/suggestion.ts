import { builder } from '../builder.js';
import { SuggestionConnection } from './connections.js';
import { listArgs, resolveItemPage } from './list.js';
import { MeetingType, SuggestionType } from './refs.js';
import { SectorEnum } from './sector.js';
import { SuggestionChannelEnum } from './suggestion/channel.js';
// Vorschlag: fields, then one mutation per public command; the `suggestions` list below.
import './suggestion/fields.js';
import './suggestion/mutations.js';

builder.queryField('suggestions', (t) =>
  t.connection(
    {
      type: SuggestionType,
      description: 'Suggestions (Vorschläge), by title.',
      args: {
        ...listArgs(t.arg, 'Suggestion'),
        sector: t.arg({ type: SectorEnum, required: false, description: 'Only from this sector.' }),
        channel: t.arg({
          type: SuggestionChannelEnum,
          required: false,
          description: 'Only by this channel.',
        }),
        meeting: t.arg.globalID({
          required: false,
          for: MeetingType,
          description: 'Only those raised at this meeting.',
        }),
      },
      resolve: (_root, { sector, channel, meeting, ...args }, context) => {
        const contains = {
          ...(sector ? { sector } : {}),
          ...(channel ? { channel } : {}),
          ...(meeting ? { meetingId: meeting.id } : {}),
        };
        return resolveItemPage(
          args,
          {
            kind: 'Suggestion',
            ...(Object.keys(contains).length > 0 ? { stateContains: contains } : {}),
          },
          context,
        );
      },
    },
    SuggestionConnection,
  ),
);
