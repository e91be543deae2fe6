import type { DomainCommandType } from '@fahrplan/domain';
import type { ObjectRef } from '@pothos/core';
import type { ItemRow } from '../../queries/items.js';
import { builder, type Types } from '../builder.js';
import {
  type CommandData,
  changeFields,
  type InputFieldBuilder,
  itemPayload,
  runCommand,
} from '../command-mutation.js';
import {
  ConsultationType,
  GuidelineType,
  IndicatorType,
  MeasureType,
  MeetingType,
  ProjectIdeaType,
  RecommendationType,
  ReportingCycleType,
  SuggestionType,
} from './refs.js';

const idFieldFor = (type: ObjectRef<Types, ItemRow>, what: string) => (t: InputFieldBuilder) =>
  t.globalID({ required: true, for: type, description: `The ${what} to change: its global id.` });

/** The `id` input of every change to an item of a kind: the item the command targets. */
export const targetId = {
  guideline: idFieldFor(GuidelineType, 'strategic guideline (Leitlinie)'),
  measure: idFieldFor(MeasureType, 'measure (Maßnahme)'),
  projectIdea: idFieldFor(ProjectIdeaType, 'project idea (Projektidee)'),
  recommendation: idFieldFor(RecommendationType, 'recommendation (Handlungsempfehlung)'),
  meeting: idFieldFor(MeetingType, 'meeting (Veranstaltung)'),
  suggestion: idFieldFor(SuggestionType, 'suggestion (Vorschlag)'),
  indicator: idFieldFor(IndicatorType, 'indicator (Kennzahl)'),
  reportingCycle: idFieldFor(ReportingCycleType, 'reporting cycle (Berichtszyklus)'),
  consultation: idFieldFor(ConsultationType, 'consultation (Beteiligung)'),
};

/** The input's own description, naming its mutation. */
export const inputOf = (mutation: string) => `The input of \`${mutation}\`.`;

/** The kinds a transition changes: the type of its items, and their name in descriptions. */
const ITEM_TYPES = {
  guideline: [GuidelineType, 'guideline'],
  measure: [MeasureType, 'measure'],
  meeting: [MeetingType, 'meeting'],
  projectIdea: [ProjectIdeaType, 'project idea'],
  recommendation: [RecommendationType, 'recommendation'],
  suggestion: [SuggestionType, 'suggestion'],
  indicator: [IndicatorType, 'indicator'],
  reportingCycle: [ReportingCycleType, 'reporting cycle'],
  consultation: [ConsultationType, 'consultation'],
} as const;

/** The payload a mutation returns, with a description naming it. */
export const payloadOf = (kind: keyof typeof ITEM_TYPES, mutation: string) => {
  const [type, name] = ITEM_TYPES[kind];
  return {
    ...itemPayload(kind, type),
    description: `What \`${mutation}\` returns: the ${name} as it is now, and its version.`,
  };
};

/**
 * The one recipe for a change that needs nothing but its item (and a reason where the domain
 * asks): a status transition of any kind, its input the item's id and the change's common fields.
 */
export const transitionMutation = <T extends DomainCommandType>(
  kind: keyof typeof targetId,
  name: string,
  type: T,
  description: string,
  dataOf: (id: string) => CommandData<T>,
  options: { readonly deprecationReason?: string } = {},
) =>
  builder.relayMutationField(
    name,
    {
      description: inputOf(name),
      inputFields: (t) => ({ ...changeFields(t), id: targetId[kind](t) }),
    },
    {
      description,
      ...options,
      resolve: (_root, { input }, context) => runCommand(context, type, dataOf(input.id.id), input),
    },
    payloadOf(kind, name),
  );
