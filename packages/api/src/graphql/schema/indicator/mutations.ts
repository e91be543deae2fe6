import { builder } from '../../builder.js';
import { compact } from '../../command-mutation.js';
import { DirectionEnum } from '../lagebild/enums.js';
import { changeMutation, createMutation, transitionMutation } from '../mutation-parts.js';
import { ActionFieldType, MeasureType } from '../refs.js';
import { reportedValueOf, valueRowFields } from './value-row.js';

export const TargetInput = builder.inputType('IndicatorTargetInput', {
  description: 'A value to reach by a day: the 2030 target or an intermediate one.',
  fields: (t) => ({
    value: t.float({ required: true, description: 'The figure to reach.' }),
    date: t.field({ type: 'Date', required: true, description: 'The day it is to be reached.' }),
  }),
});

const BaselineInput = builder.inputType('IndicatorBaselineInput', {
  description: 'Where the figure stood when the goal was set (Ausgangswert).',
  fields: (t) => ({
    value: t.float({ required: true, description: 'The figure.' }),
    date: t.field({ type: 'Date', required: true, description: 'The day it refers to.' }),
    source: t.string({
      required: true,
      description: 'Where it comes from (a statistic, a survey), at most 200 characters.',
    }),
  }),
});

const targetsOf = (targets: readonly { value: number; date: string }[] | null | undefined) =>
  targets?.map(({ value, date }) => ({ value, date }));

createMutation('indicator', 'defineIndicator', {
  command: 'DefineIndicator',
  description:
    'Define an indicator (Kennzahl definieren) of a measure or an action field, with baseline and target; it gets a new id.',
  fields: (t) => ({
    measureId: t.globalID({
      required: false,
      for: MeasureType,
      description: 'The measure it measures; give this or `actionFieldId`.',
    }),
    actionFieldId: t.globalID({
      required: false,
      for: ActionFieldType,
      description: 'The action field it measures, where several measures move it.',
    }),
    title: t.string({
      required: true,
      description:
        'What it measures (Kennzahl), e.g. “Anteil der KMU mit Digitalisierungsprojekt”; at most 200 characters.',
    }),
    unit: t.string({ required: true, description: 'The unit, e.g. “%”.' }),
    direction: t.field({
      type: DirectionEnum,
      required: true,
      description: 'Whether higher (INCREASE) or lower (DECREASE) is better.',
    }),
    description: t.string({ required: false, description: 'How it is measured.' }),
    baseline: t.field({ type: BaselineInput, required: true, description: 'The baseline.' }),
    target: t.field({
      type: TargetInput,
      required: true,
      description: 'The target, usually for 2030.',
    }),
    intermediateTargets: t.field({
      type: [TargetInput],
      required: false,
      description: 'Intermediate targets (Zwischenziele) between baseline and target.',
    }),
  }),
  data: (input, context) => ({
    indicatorId: context.newId(),
    title: input.title,
    unit: input.unit,
    direction: input.direction,
    baseline: {
      value: input.baseline.value,
      date: input.baseline.date,
      source: input.baseline.source,
    },
    target: { value: input.target.value, date: input.target.date },
    ...compact({
      measureId: input.measureId?.id,
      actionFieldId: input.actionFieldId?.id,
      description: input.description,
      intermediateTargets: targetsOf(input.intermediateTargets),
    }),
  }),
});

changeMutation('indicator', 'reviseIndicator', {
  command: 'ReviseIndicator',
  description:
    'Change an indicator’s wording (überarbeiten); its goal moves only with `changeIndicatorTarget`.',
  fields: (t) => ({
    title: t.string({ required: false, description: 'At most 200 characters.' }),
    unit: t.string({ required: false, description: 'The unit.' }),
    description: t.string({ required: false, description: 'How it is measured.' }),
  }),
  data: (input) => ({
    indicatorId: input.id.id,
    ...compact({ title: input.title, unit: input.unit, description: input.description }),
  }),
});

changeMutation('indicator', 'changeIndicatorTarget', {
  command: 'ChangeIndicatorTarget',
  description:
    'Move an indicator’s goalposts (Zielwert ändern): a new target, shown as such everywhere; a reason is required.',
  fields: (t) => ({
    target: t.field({ type: TargetInput, required: true, description: 'The new target.' }),
    intermediateTargets: t.field({
      type: [TargetInput],
      required: false,
      description: 'New intermediate targets; the current ones stay when not given.',
    }),
  }),
  data: (input) => ({
    indicatorId: input.id.id,
    target: { value: input.target.value, date: input.target.date },
    ...compact({ intermediateTargets: targetsOf(input.intermediateTargets) }),
  }),
});

changeMutation('indicator', 'reportIndicatorValue', {
  command: 'ReportIndicatorValue',
  description:
    'Report a value of an indicator (Messwert melden); it gets a new `valueId`. Who reported it is recorded.',
  fields: valueRowFields,
  data: (input, context) => reportedValueOf(input.id.id, context.newId(), input),
});

changeMutation('indicator', 'correctIndicatorValue', {
  command: 'CorrectIndicatorValue',
  description:
    'Correct a reported value (Messwert korrigieren): a new event beside the original, never an overwrite; a reason is required.',
  fields: (t) => ({
    valueId: t.id({ required: true, description: 'The `valueId` to correct.' }),
    value: t.float({ required: true, description: 'The corrected figure.' }),
    referenceDate: t.field({
      type: 'Date',
      required: false,
      description: 'A corrected reference date; the current one stays when not given.',
    }),
    source: t.string({
      required: false,
      description: 'A corrected source; the current one stays when not given.',
    }),
  }),
  data: (input) => ({
    indicatorId: input.id.id,
    valueId: String(input.valueId),
    value: input.value,
    ...compact({ referenceDate: input.referenceDate, source: input.source }),
  }),
});

transitionMutation(
  'indicator',
  'retireIndicator',
  'RetireIndicator',
  'Retire an indicator (außer Kraft setzen): it keeps its values but is no longer rated; a reason is required.',
  (indicatorId) => ({ indicatorId }),
);
