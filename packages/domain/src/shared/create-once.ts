import type { Decision } from './decider.js';
import { alreadyExists, type LocalizedMessage } from './errors.js';
import type { AggregateKind } from './kinds.js';

/** What a `CONFLICT` calls an item of each kind that exists already (“… gibt es bereits.”). */
const EXISTING: Readonly<Record<AggregateKind, LocalizedMessage>> = {
  ActionField: { de: 'Das Handlungsfeld', en: 'Action field' },
  Meeting: { de: 'Die Veranstaltung', en: 'Meeting' },
  Suggestion: { de: 'Den Vorschlag', en: 'Suggestion' },
  Recommendation: { de: 'Die Handlungsempfehlung', en: 'Recommendation' },
  Guideline: { de: 'Die Leitlinie', en: 'Guideline' },
  ProjectIdea: { de: 'Die Projektidee', en: 'Project idea' },
  Measure: { de: 'Die Maßnahme', en: 'Measure' },
  Indicator: { de: 'Die Kennzahl', en: 'Indicator' },
  ReportingCycle: { de: 'Den Berichtszyklus', en: 'Reporting cycle' },
  Process: { de: 'Der Strategieprozess', en: 'Process' },
  Consultation: { de: 'Die Beteiligung', en: 'Consultation' },
};

/**
 * The guard every create command shares: on a stream that holds the item already it is a
 * `CONFLICT` on `idField`; on an empty one `create` decides.
 *
 * @example
 * create: { DraftGuideline: createOnce('Guideline', 'guidelineId', draft) },
 */
export const createOnce =
  <F extends string, C extends { readonly data: { readonly [K in F]: string } }, E>(
    kind: AggregateKind,
    idField: F,
    create: (command: C) => Decision<E>,
  ) =>
  (command: C, state: { readonly status: string }): Decision<E> =>
    state.status === 'empty'
      ? create(command)
      : alreadyExists(idField, command.data[idField], EXISTING[kind]);
