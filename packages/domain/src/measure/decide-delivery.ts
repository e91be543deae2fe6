import {
  CONFIDENCES,
  checkIds,
  checkOneOf,
  checkPerson,
  checkReason,
  checkText,
  type DomainError,
  firstError,
  headerOf,
  isDomainError,
  NAME_MAX,
  nothingToChange,
  oneEvent,
  personalDataOf,
  sameIds,
} from '../shared/index.js';
import type { AssignMeasureResponsibility, RateMeasureConfidence } from './commands.js';
import type { MeasureEvent } from './events.js';
import type { ExistingMeasure } from './state.js';

type Decision = readonly MeasureEvent[] | DomainError;

/** Partner organisations by name: free of blanks and doubles, as ids are. */
const checkPartners = (partners: readonly string[]) =>
  checkIds('partners', partners) ??
  firstError(
    ...partners.map((each, index) => checkText(`partners.${index}`, each, { max: NAME_MAX })),
  );

/** Federführung, partners and the responsible person of an open measure, replaced as a whole. */
export const assignResponsibility = (
  command: AssignMeasureResponsibility,
  state: ExistingMeasure,
): Decision => {
  const { lead, partners, responsible } = command.data;
  const invalid = firstError(
    checkText('lead.organisation', lead.organisation, { max: NAME_MAX }),
    checkText('lead.unit', lead.unit, { max: NAME_MAX }),
    checkPartners(partners),
    responsible === undefined ? undefined : checkPerson('responsible.', responsible),
  );
  if (invalid) return invalid;
  // A person given again may have new details, so only an assignment without anyone is a no-op.
  const current = state.responsibility;
  if (
    current !== undefined &&
    responsible === undefined &&
    current.responsibleSubjectId === undefined &&
    current.lead.organisation === lead.organisation &&
    current.lead.unit === lead.unit &&
    sameIds(current.partners, partners)
  ) {
    return nothingToChange();
  }
  return oneEvent(command.metadata, {
    type: 'MeasureResponsibilityAssigned',
    schemaVersion: 1,
    data: {
      measureId: state.measureId,
      lead: { organisation: lead.organisation, unit: lead.unit },
      partners,
      ...(responsible === undefined ? {} : { responsibleSubjectId: responsible.subjectId }),
    },
    ...(responsible === undefined ? {} : { personalData: [personalDataOf(responsible)] }),
  });
};

/** The Ampel, with a reason every time: the same colour again is a rating too (it was checked). */
export const rateConfidence = (
  command: RateMeasureConfidence,
  state: ExistingMeasure,
): Decision => {
  const { confidence } = command.data;
  const header =
    firstError(checkOneOf('confidence', confidence, CONFIDENCES), checkReason(command.metadata)) ??
    headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const previous = state.confidence?.rating;
  return [
    {
      type: 'MeasureConfidenceRated',
      schemaVersion: 1,
      ...header,
      data: {
        measureId: state.measureId,
        confidence,
        ...(previous === undefined ? {} : { previousConfidence: previous }),
      },
    },
  ];
};
