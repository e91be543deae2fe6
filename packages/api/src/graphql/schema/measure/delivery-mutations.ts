import { builder } from '../../builder.js';
import { compact } from '../../command-mutation.js';
import { ConfidenceEnum } from '../lagebild/enums.js';
import { changeMutation, transitionMutation } from '../mutation-parts.js';

const LeadUnitInput = builder.inputType('LeadUnitInput', {
  description: 'The organisation and unit that lead a measure (Federführung).',
  fields: (t) => ({
    organisation: t.string({
      required: true,
      description: 'The organisation, e.g. “SMWA”; at most 200 characters.',
    }),
    unit: t.string({ required: true, description: 'Its unit, e.g. “Referat 31”.' }),
  }),
});

const ResponsiblePersonInput = builder.inputType('ResponsiblePersonInput', {
  description:
    'The person responsible for a measure; kept as erasable personal data beside the event, never in it.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name, at most 200 characters.' }),
    email: t.string({ required: false, description: 'E-mail address.' }),
    organisation: t.string({ required: false, description: 'Organisation.' }),
  }),
});

changeMutation('measure', 'assignMeasureResponsibility', {
  command: 'AssignMeasureResponsibility',
  description:
    'Assign who carries an open measure (Verantwortung zuweisen): lead unit, partners and optionally a responsible person, replaced as a whole.',
  fields: (t) => ({
    lead: t.field({ type: LeadUnitInput, required: true, description: 'The lead unit.' }),
    partners: t.stringList({
      required: true,
      description: 'Contributing partners by name (may be empty).',
    }),
    responsible: t.field({
      type: ResponsiblePersonInput,
      required: false,
      description: 'The responsible person (personal data), if one is named.',
    }),
  }),
  data: (input, context) => {
    const { responsible } = input;
    return {
      measureId: input.id.id,
      lead: { organisation: input.lead.organisation, unit: input.lead.unit },
      partners: [...input.partners],
      ...(responsible
        ? {
            responsible: {
              subjectId: context.newId(),
              name: responsible.name,
              ...compact({ email: responsible.email, organisation: responsible.organisation }),
            },
          }
        : {}),
    };
  },
});

changeMutation('measure', 'rateMeasureConfidence', {
  command: 'RateMeasureConfidence',
  description:
    'Rate an open measure’s delivery confidence (Ampel bewerten); a reason is required, the history is kept.',
  fields: (t) => ({
    confidence: t.field({
      type: ConfidenceEnum,
      required: true,
      description: 'GREEN, AMBER or RED.',
    }),
  }),
  data: (input) => ({ measureId: input.id.id, confidence: input.confidence }),
});

transitionMutation(
  'measure',
  'requestMeasureCompletion',
  'RequestMeasureCompletion',
  'Ask the ministry to confirm a measure in progress as completed (Abschluss beantragen); evidence is required. The measure is COMPLETION_REQUESTED until confirmed or returned.',
  (measureId) => ({ measureId }),
);
transitionMutation(
  'measure',
  'confirmMeasureCompletion',
  'ConfirmMeasureCompletion',
  'Confirm a requested completion (Abschluss bestätigen): the measure is completed.',
  (measureId) => ({ measureId }),
);
transitionMutation(
  'measure',
  'returnMeasureCompletion',
  'ReturnMeasureCompletion',
  'Return a completion request (Abschluss zurückweisen): the measure runs on; a reason is required.',
  (measureId) => ({ measureId }),
);
