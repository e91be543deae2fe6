import { builder } from '../../builder.js';
import { changeFields, itemPayload, runCommand } from '../../command-mutation.js';
import { targetId } from '../mutation-parts.js';
import { ProjectIdeaType } from '../refs.js';
import { SectorEnum } from '../sector.js';
import { PartnerRoleEnum } from './fields.js';
import { ORIGIN_DESCRIPTION, originOf } from './origin.js';

builder.relayMutationField(
  'joinPartner',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.projectIdea(t),
      name: t.string({
        required: true,
        description: 'The organisation’s name, at most 200 characters.',
      }),
      sector: t.field({ type: SectorEnum, required: true, description: 'Its sector.' }),
      role: t.field({ type: PartnerRoleEnum, required: false, description: 'Its part.' }),
    }),
  },
  {
    description:
      'A partner organisation joins an open project idea (Partner aufnehmen); it gets a new `partnerId`.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'JoinPartner',
        {
          projectIdeaId: input.id.id,
          partner: {
            partnerId: context.newId(),
            name: input.name,
            sector: input.sector,
            ...(input.role ? { role: input.role } : {}),
          },
        },
        input,
      ),
  },
  itemPayload('projectIdea', ProjectIdeaType),
);

builder.relayMutationField(
  'leavePartner',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.projectIdea(t),
      partnerId: t.id({ required: true, description: 'The `partnerId` of the partner leaving.' }),
    }),
  },
  {
    description: 'A partner leaves an open project idea (Partner verlässt); a reason is required.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'LeavePartner',
        { projectIdeaId: input.id.id, partnerId: String(input.partnerId) },
        input,
      ),
  },
  itemPayload('projectIdea', ProjectIdeaType),
);

builder.relayMutationField(
  'linkOrigin',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.projectIdea(t),
      origin: t.globalID({ required: true, description: `The origin: ${ORIGIN_DESCRIPTION}` }),
    }),
  },
  {
    description:
      'Link what a project idea grows from (Ursprung verknüpfen); a suggestion is taken up.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'LinkOrigin',
        { projectIdeaId: input.id.id, origin: originOf(input.origin, 'origin', context.locale) },
        input,
      ),
  },
  itemPayload('projectIdea', ProjectIdeaType),
);

builder.relayMutationField(
  'unlinkOrigin',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.projectIdea(t),
      origin: t.globalID({ required: true, description: `The origin: ${ORIGIN_DESCRIPTION}` }),
    }),
  },
  {
    description:
      'Unlink an origin (Ursprung lösen); a reason is required. A taken-up suggestion stays taken up.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'UnlinkOrigin',
        { projectIdeaId: input.id.id, origin: originOf(input.origin, 'origin', context.locale) },
        input,
      ),
  },
  itemPayload('projectIdea', ProjectIdeaType),
);
