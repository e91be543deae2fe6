import { phaseStatusLabels } from '@fahrplan/domain';
import { table } from '../columns.js';
import type { PublicData } from '../public-data.js';
import { itemColumns, orNull, titleColumn } from './shared.js';

const define = table<PublicData>();

export const processes = define({
  name: 'prozesse',
  title: { de: 'Strategieprozess', en: 'Strategy process' },
  description: {
    de: 'Der Strategieprozess, zu dem alle Dateien dieses Pakets gehören.',
    en: 'The strategy process every file of this package belongs to.',
  },
  columns: [
    ...itemColumns('Process', 'sp-industrie-der-zukunft'),
    {
      name: 'kurzname',
      type: 'id',
      meaning: { de: 'Kurzname in Adressen', en: 'Short name used in addresses' },
      example: 'industrie-der-zukunft',
    },
    titleColumn('Industrie der ZUKUNFT'),
    {
      name: 'beschreibung',
      type: 'text',
      meaning: { de: 'Beschreibung', en: 'Description' },
      example: 'Beteiligungsprozess zur Industriestrategie',
    },
    {
      name: 'auftraggeber',
      type: 'text',
      meaning: { de: 'Wer den Prozess beauftragt hat', en: 'Who commissioned the process' },
      example: 'Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr',
    },
    {
      name: 'durchfuehrung',
      type: 'text',
      meaning: { de: 'Wer den Prozess durchführt', en: 'Who runs the process' },
      example: 'Projektteam StrategieWerkstatt',
    },
    {
      name: 'definiert_am',
      type: 'datetime',
      meaning: { de: 'Wann der Prozess angelegt wurde', en: 'When the process was defined' },
      example: '2016-01-15T00:00:00.000Z',
    },
    {
      name: 'gestartet_am',
      type: 'datetime',
      meaning: { de: 'Wann der Prozess begann', en: 'When the process started' },
      example: '2016-02-01T00:00:00.000Z',
      optional: true,
    },
    {
      name: 'abgeschlossen_am',
      type: 'datetime',
      meaning: { de: 'Wann der Prozess abgeschlossen wurde', en: 'When the process was concluded' },
      example: '2025-12-31T00:00:00.000Z',
      optional: true,
    },
  ],
  rows: (data) =>
    data.Process.map((state) => ({
      id: state.processId,
      status: state.status,
      kurzname: state.slug,
      titel: state.title,
      beschreibung: state.description,
      auftraggeber: state.commissionedBy,
      durchfuehrung: state.runBy,
      definiert_am: state.definedAt,
      gestartet_am: orNull(state.startedAt),
      abgeschlossen_am: orNull(state.concludedAt),
    })),
});

export const phases = define({
  name: 'phasen',
  title: { de: 'Phasen', en: 'Phases' },
  description: {
    de: 'Die Phasen des Strategieprozesses in geplanter Reihenfolge.',
    en: 'The phases of the strategy process in their planned order.',
  },
  columns: [
    {
      name: 'prozess_id',
      type: 'id',
      meaning: { de: 'Kennung des Strategieprozesses', en: 'Identifier of the strategy process' },
      example: 'sp-industrie-der-zukunft',
    },
    {
      name: 'phase_id',
      type: 'id',
      meaning: {
        de: 'Kennung der Phase im Prozess',
        en: 'Identifier of the phase within the process',
      },
      example: 'analyse',
    },
    {
      name: 'reihenfolge',
      type: 'integer',
      meaning: {
        de: 'Position in der geplanten Reihenfolge, ab 1',
        en: 'Position in the planned order, from 1',
      },
      example: '1',
    },
    titleColumn('Analyse'),
    {
      name: 'status',
      type: 'code',
      meaning: { de: 'Stand der Phase', en: 'Status of the phase' },
      example: 'closed',
      values: phaseStatusLabels,
    },
    {
      name: 'geplanter_beginn',
      type: 'date',
      meaning: { de: 'Geplanter Beginn', en: 'Planned start' },
      example: '2016-02-01',
    },
    {
      name: 'geplantes_ende',
      type: 'date',
      meaning: { de: 'Geplantes Ende', en: 'Planned end' },
      example: '2016-06-30',
      optional: true,
    },
    {
      name: 'begonnen_am',
      type: 'date',
      meaning: { de: 'Tatsächlicher Beginn', en: 'Actual start' },
      example: '2016-02-03',
      optional: true,
    },
    {
      name: 'abgeschlossen_am',
      type: 'date',
      meaning: { de: 'Tatsächliches Ende', en: 'Actual end' },
      example: '2016-07-01',
      optional: true,
    },
  ],
  rows: (data) =>
    data.Process.flatMap((state) =>
      state.phases.map((phase, index) => ({
        prozess_id: state.processId,
        phase_id: phase.phaseId,
        reihenfolge: index + 1,
        titel: phase.title,
        status: phase.status,
        geplanter_beginn: phase.plannedStart,
        geplantes_ende: orNull(phase.plannedEnd),
        begonnen_am: orNull(phase.startedOn),
        abgeschlossen_am: orNull(phase.closedOn),
      })),
    ),
});
