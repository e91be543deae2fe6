import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification } from '../shared/testing/decider-specification.js';
import { describeInvalidIn, itRejects } from '../shared/testing/guards.js';
import { measure } from './index.js';
import {
  at,
  CLOSED,
  command,
  completionRequested,
  event,
  evidence,
  histories,
  OPEN,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(measure);

describe('AssignMeasureResponsibility', () => {
  const lead = { organisation: 'SMWA', unit: 'Referat 31 Industrie' };
  const person = {
    subjectId: 'subj-krause',
    name: 'Dr. Anja Krause',
    email: 'a.krause@smwa.example',
  };
  const assign = (
    data: Partial<Parameters<typeof command<'AssignMeasureResponsibility'>>[1]> = {},
  ) => command('AssignMeasureResponsibility', { lead, partners: ['IHK Chemnitz'], ...data });
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('assigns the lead unit and partners, the person beside the hashed data', () =>
        spec
          .given(histories[status])
          .when(assign({ responsible: person }))
          .then([
            {
              ...event('MeasureResponsibilityAssigned', {
                lead,
                partners: ['IHK Chemnitz'],
                responsibleSubjectId: 'subj-krause',
              }),
              personalData: [person],
            },
          ]));
    });
  }
  describe('when planned', () => {
    const given = spec.given(histories.planned);
    it.each([
      ['lead.organisation', { lead: { ...lead, organisation: ' ' } }],
      ['lead.unit', { lead: { ...lead, unit: 'x'.repeat(201) } }],
      ['partners.1', { partners: ['IHK', 'IHK'] }],
      ['partners.0', { partners: [''] }],
      ['responsible.name', { responsible: { ...person, name: '' } }],
      ['responsible.email', { responsible: { ...person, email: 'kein-at' } }],
    ] as const)('rejects bad input on %s', (field, data) =>
      given.when(assign(data)).thenFails('BAD_USER_INPUT', field),
    );
    it('keeps it in the state, without the name', () => {
      const state = fold(measure, [
        ...histories.planned,
        event('MeasureResponsibilityAssigned', {
          lead,
          partners: [],
          responsibleSubjectId: 'subj-krause',
        }),
      ]);
      expect(state).toMatchObject({
        responsibility: { lead, partners: [], responsibleSubjectId: 'subj-krause' },
      });
      expect(JSON.stringify(state)).not.toContain('Krause');
    });
    it('refuses an assignment that changes nothing', () =>
      spec
        .given([
          ...histories.planned,
          event('MeasureResponsibilityAssigned', { lead, partners: ['IHK Chemnitz'] }),
        ])
        .when(assign())
        .thenFails('BAD_USER_INPUT'));
  });
});

describe('RateMeasureConfidence', () => {
  const rate = (confidence: 'green' | 'amber' | 'red', reason?: string) =>
    command('RateMeasureConfidence', { confidence }, reason === undefined ? {} : { reason });
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('rates it with the reason', () =>
        spec
          .given(histories[status])
          .when(rate('amber', 'Ausschreibung verzögert.'))
          .then([
            event(
              'MeasureConfidenceRated',
              { confidence: 'amber' },
              { reason: 'Ausschreibung verzögert.' },
            ),
          ]));
    });
  }
  describe('when rated before', () => {
    const history = [
      ...histories.in_progress,
      event('MeasureConfidenceRated', { confidence: 'green' }, { reason: 'Im Plan.' }),
    ];
    it('records the rating it replaces, so the history reads off the events', () =>
      spec
        .given(history)
        .when(rate('red', 'Förderung gestrichen.'))
        .then([
          event(
            'MeasureConfidenceRated',
            { confidence: 'red', previousConfidence: 'green' },
            { reason: 'Förderung gestrichen.' },
          ),
        ]));
    it('keeps the latest in the state', () =>
      expect(fold(measure, history)).toMatchObject({
        confidence: { rating: 'green', reason: 'Im Plan.', ratedAt: at },
      }));
  });
  itRejects(spec.given(histories.in_progress), [
    ['requires a reason', rate('green'), 'reason'],
    [
      'rejects an unknown colour',
      command('RateMeasureConfidence', { confidence: 'blue' as 'green' }, { reason: 'x' }),
      'confidence',
    ],
  ]);
});

describe('completion: request, confirm, return', () => {
  const request = (withEvidence = true) =>
    command('RequestMeasureCompletion', {}, withEvidence ? { evidence } : {});
  describe('when in_progress', () => {
    it('asks the ministry, with evidence', () =>
      spec.given(histories.in_progress).when(request()).then([completionRequested]));
    it('requires evidence', () =>
      spec
        .given(histories.in_progress)
        .when(request(false))
        .thenFails('BAD_USER_INPUT', 'evidence'));
    it('cannot be confirmed without a request', () =>
      spec
        .given(histories.in_progress)
        .when(command('ConfirmMeasureCompletion', {}, { role: 'ministry' }))
        .thenFails('INVALID_TRANSITION'));
  });
  describe('when planned', () => {
    it('cannot ask for completion before the start', () =>
      spec.given(histories.planned).when(request()).thenFails('INVALID_TRANSITION'));
  });
  describe('when completion_requested', () => {
    const given = spec.given(histories.completion_requested);
    it('waits for the ministry', () =>
      expect(fold(measure, histories.completion_requested)).toMatchObject({
        status: 'completion_requested',
        completionRequestedAt: at,
      }));
    it('completes on confirmation', () =>
      given.when(command('ConfirmMeasureCompletion', {})).then([event('MeasureCompleted', {})]));
    it('is completed after the confirmation', () =>
      expect(
        fold(measure, [...histories.completion_requested, event('MeasureCompleted', {})]),
      ).toMatchObject({ status: 'completed', completedAt: at }));
    it('goes back to work when returned, with a reason', () =>
      given
        .when(command('ReturnMeasureCompletion', {}, { reason: 'Evaluation fehlt.' }))
        .then([event('MeasureCompletionReturned', {}, { reason: 'Evaluation fehlt.' })]));
    it('requires a reason to return', () =>
      given.when(command('ReturnMeasureCompletion', {})).thenFails('BAD_USER_INPUT', 'reason'));
    it('runs again after a return', () =>
      expect(
        fold(measure, [
          ...histories.completion_requested,
          event('MeasureCompletionReturned', {}, { reason: 'Evaluation fehlt.' }),
        ]),
      ).not.toHaveProperty('completionRequestedAt'));
    it('still takes progress', () =>
      given
        .when(command('ReportMeasureProgress', { progress: 100 }))
        .then([event('MeasureProgressReported', { progress: 100 })]));
    it('cannot be asked twice', () => given.when(request()).thenFails('INVALID_TRANSITION'));
  });
  describeInvalidIn(measure, CLOSED, histories, request());
});
