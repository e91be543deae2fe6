import { type MeetingKind, meetingKindLabels } from '@fahrplan/domain';
import { builder } from '../../builder.js';

const describe = (kind: MeetingKind) => {
  const label = meetingKindLabels[kind];
  return `${label.en} (${label.de}).`;
};

/** Veranstaltungsart; resolvers and inputs see the domain's values (`'workshop'`, …). */
export const MeetingKindEnum = builder.enumType('MeetingKind', {
  description: 'What kind of meeting it is (Art der Veranstaltung).',
  values: {
    WORKSHOP: { value: 'workshop', description: describe('workshop') },
    TALK: { value: 'talk', description: describe('talk') },
    CONFERENCE: { value: 'conference', description: describe('conference') },
    OTHER: { value: 'other', description: describe('other') },
  } as const,
});
