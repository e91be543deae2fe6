import { type PartnerRole, type ProjectPartner, partnerRoleLabels } from '@fahrplan/domain';
import { stateOf } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import { loadRelated } from '../../item-loader.js';
import { ItemInterface } from '../item.js';
import { ActionFieldType, ProjectIdeaType } from '../refs.js';
import { MilestoneType } from '../roadmap/milestone.js';
import { SectorEnum } from '../sector.js';

const describe = (role: PartnerRole) =>
  `${partnerRoleLabels[role].en} (${partnerRoleLabels[role].de}).`;

export const PartnerRoleEnum = builder.enumType('PartnerRole', {
  description: 'A partner’s part in the project (Rolle im Konsortium).',
  values: {
    LEAD: { value: 'lead', description: describe('lead') },
    PARTNER: { value: 'partner', description: describe('partner') },
    ASSOCIATE: { value: 'associate', description: describe('associate') },
  } as const,
});

export const ProjectPartnerType = builder.objectRef<ProjectPartner>('ProjectPartner').implement({
  description:
    'A partner organisation of a project idea (Projektpartner, e.g. TU Chemnitz, Fraunhofer IWU). Organisations are no personal data.',
  fields: (t) => ({
    partnerId: t.exposeID('partnerId', {
      description: 'The partner’s id within the project idea: pass it to `leavePartner`.',
    }),
    name: t.exposeString('name', { description: 'The organisation’s name.' }),
    sector: t.expose('sector', {
      type: SectorEnum,
      description: 'Its sector (Akteursgruppe).',
    }),
    role: t.field({
      type: PartnerRoleEnum,
      nullable: true,
      description: 'Its part in the project, where known.',
      resolve: (partner) => partner.role ?? null,
    }),
    roleLabel: t.string({
      nullable: true,
      description: 'The role in the caller’s language.',
      resolve: (partner, _args, { locale }) =>
        partner.role === undefined ? null : partnerRoleLabels[partner.role][locale],
    }),
  }),
});

builder.objectFields(ProjectIdeaType, (t) => ({
  body: t.string({
    description: 'What the project would do (Beschreibung).',
    resolve: (row) => stateOf(row, 'ProjectIdea').body,
  }),
  actionFields: t.field({
    type: [ActionFieldType],
    description: 'The action fields (Handlungsfelder) it belongs to.',
    resolve: (row, _args, { items }) =>
      loadRelated(items, row, 'ActionField', stateOf(row, 'ProjectIdea').actionFieldIds),
  }),
  originatesFrom: t.field({
    type: [ItemInterface],
    description:
      'What the idea grew from (Ursprung): suggestions, recommendations and meetings, in the order linked.',
    resolve: async (row, _args, { items }) => {
      const origins = stateOf(row, 'ProjectIdea').originatesFrom;
      const idsOf = (kind: string) => origins.filter((o) => o.kind === kind).map((o) => o.id);
      const found = (
        await Promise.all([
          loadRelated(items, row, 'Suggestion', idsOf('Suggestion')),
          loadRelated(items, row, 'Recommendation', idsOf('Recommendation')),
          loadRelated(items, row, 'Meeting', idsOf('Meeting')),
        ])
      ).flat();
      return origins.flatMap(
        (origin) => found.find((item) => item.kind === origin.kind && item.id === origin.id) ?? [],
      );
    },
  }),
  partners: t.field({
    type: [ProjectPartnerType],
    description: 'The partners now on board (one who left is in the history).',
    resolve: (row) => [...stateOf(row, 'ProjectIdea').partners],
  }),
  plannedStart: t.field({
    type: 'Date',
    nullable: true,
    description: 'When the project is planned to start.',
    resolve: (row) => stateOf(row, 'ProjectIdea').plannedStart ?? null,
  }),
  plannedEnd: t.field({
    type: 'Date',
    nullable: true,
    description: 'When the project is planned to end.',
    resolve: (row) => stateOf(row, 'ProjectIdea').plannedEnd ?? null,
  }),
  proposedAt: t.field({
    type: 'DateTime',
    description: 'When the idea was proposed.',
    resolve: (row) => stateOf(row, 'ProjectIdea').proposedAt,
  }),
  milestones: t.field({
    type: [MilestoneType],
    description: 'Its milestones (Meilensteine), in the order planned.',
    resolve: (row) => [...stateOf(row, 'ProjectIdea').milestones],
  }),
}));
