import {
  AGGREGATE_KINDS,
  type AggregateKind,
  calendarDateIn,
  DEFAULT_PROCESS_ID,
  type ProcessPhase,
  phaseAt,
  phaseStatusLabels,
  processIdOfSlug,
} from '@fahrplan/domain';
import { processIdOfField } from '../../live/index.js';
import { summarize } from '../../projections/summary.js';
import { countItems, type ItemRow, stateOf } from '../../queries/items.js';
import { builder } from '../builder.js';
import { compact } from '../command-mutation.js';
import type { GraphQLContext } from '../context.js';
import { processIdOfArg, unknownProcess } from '../process-arg.js';
import { listConnection } from './list.js';
import { changeMutation, createMutation } from './mutation-parts.js';
import { ProvenanceEdgeType, ProvenanceNodeType } from './provenance.js';
import {
  ActionFieldType,
  GuidelineType,
  MeasureType,
  MeetingType,
  ProcessType,
  ProjectIdeaType,
  RecommendationType,
  SuggestionType,
} from './refs.js';

const describe = (label: { de: string; en: string }) => `${label.en} (${label.de}).`;

export const ProcessPhaseStatusEnum = builder.enumType('ProcessPhaseStatus', {
  description: 'Where a phase of a strategy process stands.',
  values: Object.fromEntries(
    Object.entries(phaseStatusLabels).map(([status, label]) => [
      status,
      { value: status, description: describe(label) },
    ]),
  ),
});

export const ProcessPhaseType = builder.objectRef<ProcessPhase>('ProcessPhase').implement({
  description:
    'A phase of a strategy process (e.g. “Analyse der Ausgangssituation und Potentiale”), with its planned and real dates.',
  fields: (t) => ({
    phaseId: t.exposeString('phaseId', { description: 'The phase’s id within its process.' }),
    title: t.exposeString('title', { description: 'What the phase is.' }),
    status: t.expose('status', {
      type: ProcessPhaseStatusEnum,
      description: 'Planned, running or closed.',
    }),
    statusLabel: t.string({
      description: 'The status in the caller’s language.',
      resolve: (phase, _args, { locale }) => phaseStatusLabels[phase.status][locale],
    }),
    plannedStart: t.expose('plannedStart', {
      type: 'Date',
      description: 'The planned first day.',
    }),
    plannedEnd: t.field({
      type: 'Date',
      nullable: true,
      description: 'The planned last day; null while open.',
      resolve: (phase) => phase.plannedEnd ?? null,
    }),
    startedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it really started.',
      resolve: (phase) => phase.startedOn ?? null,
    }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was closed.',
      resolve: (phase) => phase.closedOn ?? null,
    }),
  }),
});

/** What each figure of a process counts. */
const FIGURES = {
  actionFields: 'ActionField',
  meetings: 'Meeting',
  suggestions: 'Suggestion',
  recommendations: 'Recommendation',
  guidelines: 'Guideline',
  projectIdeas: 'ProjectIdea',
  measures: 'Measure',
} as const satisfies Readonly<Record<string, AggregateKind>>;

const ProcessFiguresType = builder.objectRef<ItemRow>('ProcessFigures').implement({
  description:
    'How many items of each kind belong to the process (as the caller may see them, at the process’s moment).',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(FIGURES).map(([name, kind]) => [
        name,
        t.int({
          description: `How many ${kind} items belong to it.`,
          resolve: (row, _args, { database, scope }) =>
            countItems(database, { kind, processId: row.id, scope }, row.asOf),
        }),
      ]),
    ),
});

/** The process's own texts, as its state holds them. */
const PROCESS_TEXTS = [
  ['slug', 'Short name for addresses, e.g. `industrie-der-zukunft`; never changes.'],
  ['description', 'What the process is for.'],
  ['commissionedBy', 'Who commissioned it (Auftraggeber), e.g. the ministry.'],
  ['runBy', 'The organisation running it (Durchführung).'],
] as const;

/** When it started and was concluded, as its state holds them: null before. */
const PROCESS_TIMES = [
  ['startedAt', 'When it started; null while planned.'],
  ['concludedAt', 'When it was concluded.'],
] as const;

builder.objectFields(ProcessType, (t) => ({
  ...Object.fromEntries(
    PROCESS_TEXTS.map(([key, description]) => [
      key,
      t.string({ description, resolve: (row) => stateOf(row, 'Process')[key] }),
    ]),
  ),
  ...Object.fromEntries(
    PROCESS_TIMES.map(([key, description]) => [
      key,
      t.field({
        type: 'DateTime',
        nullable: true,
        description,
        resolve: (row) => stateOf(row, 'Process')[key] ?? null,
      }),
    ]),
  ),
  phases: t.field({
    type: [ProcessPhaseType],
    description: 'Its phases in the order planned.',
    resolve: (row) => stateOf(row, 'Process').phases,
  }),
  currentPhase: t.field({
    type: ProcessPhaseType,
    nullable: true,
    description: 'The running phase that started last; null when none runs.',
    resolve: (row) =>
      stateOf(row, 'Process')
        .phases.filter((phase) => phase.status === 'running')
        .at(-1) ?? null,
  }),
  figures: t.field({
    type: ProcessFiguresType,
    description: 'Counts of its items per kind.',
    resolve: (row) => row,
  }),
}));

listConnection(
  'processes',
  ProcessType,
  'Process',
  'Strategy processes (Strategieprozesse), by title. Items of every process are in the other lists; filter them with `process`.',
);

builder.queryField('process', (t) =>
  t.field({
    type: ProcessType,
    description:
      'One strategy process by its slug (`industrie-der-zukunft`; a global id works too). An unknown one is NOT_FOUND (`extensions.code`), a malformed one BAD_USER_INPUT.',
    args: { slug: t.arg.string({ required: true, description: 'The process’s slug.' }) },
    resolve: async (_root, { slug }, { items, locale }) => {
      const id = processIdOfArg(slug, locale, 'slug');
      const row = await items.load({ kind: 'Process', id, asOf: undefined });
      if (!row) throw unknownProcess(slug, locale, 'slug');
      return row;
    },
  }),
);

/** The id of the process an item belongs to (see `inProcessSql`): its first action field's. */
export const processIdOfItem = async (
  row: ItemRow,
  { items }: Pick<GraphQLContext, 'items'>,
): Promise<string> => {
  if (row.kind === 'Process') return row.id;
  if (row.kind === 'ActionField') return processIdOfField(row.state);
  // The action fields the read model files it under (a consultation names one, or its meeting's).
  for (const id of summarize(row.state).actionFieldIds) {
    const field = await items.load({ kind: 'ActionField', id, asOf: undefined });
    if (field) return processIdOfField(field.state);
  }
  return DEFAULT_PROCESS_ID;
};

const processOfItem = async (row: ItemRow, context: GraphQLContext) =>
  context.items.load({
    kind: 'Process',
    id: await processIdOfItem(row, context),
    asOf: undefined,
  });

for (const type of [
  ActionFieldType,
  MeetingType,
  SuggestionType,
  RecommendationType,
  GuidelineType,
  ProjectIdeaType,
  MeasureType,
]) {
  builder.objectField(type, 'process', (t) =>
    t.field({
      type: ProcessType,
      nullable: true,
      description:
        'The strategy process it belongs to: its (first) action field’s; without action fields, the default process. Null where that process has not been described yet (logs from before processes).',
      resolve: (row, _args, context) => processOfItem(row, context),
    }),
  );
}

/** The process of a provenance end, if it is an item the caller may see (a partner is none). */
const processIdOfEnd = async (kind: string, id: string, context: GraphQLContext) => {
  if (!(AGGREGATE_KINDS as readonly string[]).includes(kind)) return undefined;
  const row = await context.items.load({ kind: kind as AggregateKind, id, asOf: undefined });
  return row ? processIdOfItem(row, context) : undefined;
};

builder.objectField(ProvenanceNodeType, 'process', (t) =>
  t.field({
    type: ProcessType,
    nullable: true,
    description: 'The strategy process the item belongs to; null for a partner.',
    resolve: async (node, _args, context) => {
      const id = await processIdOfEnd(node.kind, node.id, context);
      return id === undefined ? null : context.items.load({ kind: 'Process', id, asOf: undefined });
    },
  }),
);

builder.objectField(ProvenanceEdgeType, 'crossesProcesses', (t) =>
  t.boolean({
    description:
      'True when the two items belong to different strategy processes (a measure of one strategy grown from a suggestion raised in another).',
    resolve: async (edge, _args, context) => {
      const [source, target] = await Promise.all([
        processIdOfEnd(edge.sourceKind, edge.sourceId, context),
        processIdOfEnd(edge.targetKind, edge.targetId, context),
      ]);
      return source !== undefined && target !== undefined && source !== target;
    },
  }),
);

/** The phase of its process a day fell in, if the process is described and has one then. */
const phaseOn = async (row: ItemRow, day: string, context: GraphQLContext) => {
  const process = await processOfItem(row, context);
  if (!process) return null;
  return phaseAt(stateOf(process, 'Process').phases, day as Parameters<typeof phaseAt>[1]) ?? null;
};

builder.objectField(MeetingType, 'phase', (t) =>
  t.field({
    type: ProcessPhaseType,
    nullable: true,
    description: 'The phase of its process the meeting’s date fell in (from the phases’ dates).',
    resolve: (row, _args, context) => phaseOn(row, stateOf(row, 'Meeting').date, context),
  }),
);

builder.objectField(SuggestionType, 'phase', (t) =>
  t.field({
    type: ProcessPhaseType,
    nullable: true,
    description:
      'The phase of its process the suggestion was captured in (its day in the installation’s time zone).',
    resolve: (row, _args, context) =>
      phaseOn(
        row,
        calendarDateIn(stateOf(row, 'Suggestion').capturedAt, context.timeZone),
        context,
      ),
  }),
);

createMutation('process', 'defineProcess', {
  command: 'DefineProcess',
  description:
    'Define a strategy process (Strategieprozess anlegen), planned until started. A slug in use is a CONFLICT.',
  docs: {},
  fields: (t) => ({
    slug: t.string({
      required: true,
      description:
        'Short name for addresses (lower-case letters, digits, hyphens); unique, never changes.',
    }),
    title: t.string({ required: true, description: 'Title, at most 200 characters.' }),
    description: t.string({ required: true, description: 'What it is for.' }),
    commissionedBy: t.string({ required: true, description: 'Who commissioned it.' }),
    runBy: t.string({ required: true, description: 'The organisation running it.' }),
  }),
  data: (input) => ({
    processId: processIdOfSlug(input.slug),
    slug: input.slug,
    title: input.title,
    description: input.description,
    commissionedBy: input.commissionedBy,
    runBy: input.runBy,
  }),
});

changeMutation('process', 'reviseProcess', {
  command: 'ReviseProcess',
  description: 'Change a strategy process’s description (überarbeiten); its slug stays.',
  docs: {},
  fields: (t) => ({
    title: t.string({ required: false, description: 'A new title.' }),
    description: t.string({ required: false, description: 'A new description.' }),
    commissionedBy: t.string({ required: false, description: 'A new commissioning body.' }),
    runBy: t.string({ required: false, description: 'A new running organisation.' }),
  }),
  data: (input) => ({
    processId: input.id.id,
    ...compact({
      title: input.title,
      description: input.description,
      commissionedBy: input.commissionedBy,
      runBy: input.runBy,
    }),
  }),
});

for (const [mutation, command, description] of [
  ['startProcess', 'StartProcess', 'Start a planned strategy process.'],
  ['concludeProcess', 'ConcludeProcess', 'Conclude a running strategy process (abschließen).'],
] as const) {
  changeMutation('process', mutation, {
    command,
    description,
    docs: {},
    fields: () => ({}),
    data: (input) => ({ processId: input.id.id }),
  });
}

changeMutation('process', 'planProcessPhase', {
  command: 'PlanProcessPhase',
  description: 'Plan a phase of a strategy process (Phase planen).',
  docs: {},
  fields: (t) => ({
    phaseId: t.string({
      required: true,
      description: 'The phase’s id within the process, e.g. `ph-analyse`.',
    }),
    title: t.string({ required: true, description: 'What the phase is.' }),
    plannedStart: t.field({ type: 'Date', required: true, description: 'Its first day.' }),
    plannedEnd: t.field({
      type: 'Date',
      required: false,
      description: 'Its last day; open when omitted.',
    }),
  }),
  data: (input) => ({
    processId: input.id.id,
    phaseId: input.phaseId,
    title: input.title,
    plannedStart: input.plannedStart,
    ...compact({ plannedEnd: input.plannedEnd }),
  }),
});

for (const [mutation, command, description] of [
  ['startProcessPhase', 'StartProcessPhase', 'Start a planned phase of a running process.'],
  ['closeProcessPhase', 'CloseProcessPhase', 'Close a running phase.'],
] as const) {
  changeMutation('process', mutation, {
    command,
    description,
    docs: {},
    fields: (t) => ({
      phaseId: t.string({ required: true, description: 'The phase’s id within the process.' }),
    }),
    data: (input) => ({ processId: input.id.id, phaseId: input.phaseId }),
  });
}
