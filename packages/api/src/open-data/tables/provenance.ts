import {
  KIND_LABELS,
  type LocalizedMessage,
  PROVENANCE_RELATIONS,
  type ProvenanceRelation,
} from '@fahrplan/domain';
import { table } from '../columns.js';
import type { PublicData } from '../public-data.js';

const define = table<PublicData>();

const RELATIONS: Readonly<Record<ProvenanceRelation, LocalizedMessage>> = {
  raisedAt: {
    de: 'Vorschlag wurde auf der Veranstaltung eingebracht',
    en: 'Suggestion raised at the meeting',
  },
  derivedFrom: {
    de: 'Empfehlung entstand aus dem Vorschlag',
    en: 'Recommendation derived from the suggestion',
  },
  mergedInto: {
    de: 'Empfehlung ging in einer anderen auf',
    en: 'Recommendation merged into another',
  },
  splitInto: { de: 'Empfehlung wurde in Teile geteilt', en: 'Recommendation split into parts' },
  assignedTo: {
    de: 'Empfehlung gehört zur Leitlinie',
    en: 'Recommendation assigned to the guideline',
  },
  adoptedFrom: {
    de: 'Maßnahme wurde aus der Empfehlung angenommen',
    en: 'Measure adopted from the recommendation',
  },
  originatesFrom: {
    de: 'Projektidee stammt aus dem Eintrag',
    en: 'Project idea originates from the entry',
  },
  partnerOf: {
    de: 'Partnerorganisation der Projektidee',
    en: 'Partner organisation of the project idea',
  },
  coversField: { de: 'Eintrag betrifft das Handlungsfeld', en: 'Entry covers the action field' },
};

const KINDS = Object.fromEntries(
  Object.entries(KIND_LABELS).filter(([kind]) => kind !== 'ReportingCycle'),
);

export const provenanceLinks = define({
  name: 'herkunft',
  title: { de: 'Herkunft (Verknüpfungen)', en: 'Provenance (links)' },
  description: {
    de: 'Woraus was entstand: jede Verknüpfung zeigt vom früheren Eintrag (Quelle) zu dem, was daraus wurde (Ziel).',
    en: 'What grew from what: each link points from the earlier entry (source) to what grew from it (target).',
  },
  columns: [
    {
      name: 'beziehung',
      type: 'code',
      meaning: { de: 'Art der Verknüpfung', en: 'Kind of link' },
      example: 'derivedFrom',
      values: Object.fromEntries(
        PROVENANCE_RELATIONS.map((relation) => [relation, RELATIONS[relation]]),
      ),
    },
    {
      name: 'quelle_art',
      type: 'code',
      meaning: { de: 'Art des früheren Eintrags', en: 'Kind of the earlier entry' },
      example: 'Suggestion',
      values: KINDS,
    },
    {
      name: 'quelle_id',
      type: 'id',
      meaning: { de: 'Kennung des früheren Eintrags', en: 'Identifier of the earlier entry' },
      example: 'vs-101',
    },
    {
      name: 'ziel_art',
      type: 'code',
      meaning: {
        de: 'Art des Eintrags, der daraus wurde',
        en: 'Kind of the entry that grew from it',
      },
      example: 'Recommendation',
      values: KINDS,
    },
    {
      name: 'ziel_id',
      type: 'id',
      meaning: {
        de: 'Kennung des Eintrags, der daraus wurde',
        en: 'Identifier of the entry that grew from it',
      },
      example: 'he-17',
    },
    {
      name: 'verknuepft_am',
      type: 'datetime',
      meaning: { de: 'Wann die Verknüpfung entstand', en: 'When the link was made' },
      example: '2017-06-01T00:00:00.000Z',
    },
  ],
  rows: (data) =>
    data.links.map((link) => ({
      beziehung: link.relation,
      quelle_art: link.sourceKind,
      quelle_id: link.sourceId,
      ziel_art: link.targetKind,
      ziel_id: link.targetId,
      verknuepft_am: link.occurredAt,
    })),
});
