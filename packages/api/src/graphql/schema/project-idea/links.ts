import { changeMutation, sameInputChanges } from '../mutation-parts.js';
import { SectorEnum } from '../sector.js';
import { PartnerRoleEnum } from './fields.js';
import { ORIGIN_DESCRIPTION, originOf } from './origin.js';

changeMutation('projectIdea', 'joinPartner', {
  command: 'JoinPartner',
  description:
    'A partner organisation joins an open project idea (Partner aufnehmen); it gets a new `partnerId`.',
  docs: {},
  fields: (t) => ({
    name: t.string({
      required: true,
      description: 'The organisation’s name, at most 200 characters.',
    }),
    sector: t.field({ type: SectorEnum, required: true, description: 'Its sector.' }),
    role: t.field({ type: PartnerRoleEnum, required: false, description: 'Its part.' }),
  }),
  data: (input, context) => ({
    projectIdeaId: input.id.id,
    partner: {
      partnerId: context.newId(),
      name: input.name,
      sector: input.sector,
      ...(input.role ? { role: input.role } : {}),
    },
  }),
});

changeMutation('projectIdea', 'leavePartner', {
  command: 'LeavePartner',
  description: 'A partner leaves an open project idea (Partner verlässt); a reason is required.',
  docs: {},
  fields: (t) => ({
    partnerId: t.id({ required: true, description: 'The `partnerId` of the partner leaving.' }),
  }),
  data: (input) => ({ projectIdeaId: input.id.id, partnerId: String(input.partnerId) }),
});

// Links or unlinks what a project idea grows from: the input names the origin.
sameInputChanges(
  'projectIdea',
  {
    docs: {},
    fields: (t) => ({
      origin: t.globalID({ required: true, description: `The origin: ${ORIGIN_DESCRIPTION}` }),
    }),
    data: (input, context) => ({
      projectIdeaId: input.id.id,
      origin: originOf(input.origin, 'origin', context.locale),
    }),
  },
  {
    linkOrigin: [
      'LinkOrigin',
      'Link what a project idea grows from (Ursprung verknüpfen); a suggestion is taken up.',
    ],
    unlinkOrigin: [
      'UnlinkOrigin',
      'Unlink an origin (Ursprung lösen); a reason is required. A taken-up suggestion stays taken up.',
    ],
  },
);
