import { describe, expect, it } from 'vitest';
import { isAllowed } from '../permissions.js';
import { AGGREGATES } from '../registry.js';
import { fold } from '../shared/index.js';
import { DeciderSpecification, day, TEST_NOW } from '../shared/testing/decider-specification.js';
import { itemFixtures } from '../shared/testing/fixtures.js';
import { describeGuards } from '../shared/testing/guards.js';
import { type ConsultationCommand, type ConsultationEvent, consultation } from './index.js';

const id = 'bt-digital-2026';
const { command, event } = itemFixtures<ConsultationCommand, ConsultationEvent, 'consultationId'>(
  'consultationId',
  id,
);
const spec = DeciderSpecification.for(consultation);
const hash = 'a'.repeat(64);
const otherHash = 'b'.repeat(64);
const confirmBy = '2026-11-27T10:00:00.000Z';
const asPublic = { role: 'public', actor: 'public' } as const;

const openData = {
  title: 'Digitalisierung im Mittelstand: Ihre Ideen',
  description: 'Was braucht Ihr Betrieb, um digitaler zu werden?',
  actionFieldId: 'hf-digitalisierung',
  opensOn: '2026-11-20',
  closesOn: '2026-11-30',
} as const;
const opened = event('ConsultationOpened', {
  ...openData,
  opensOn: day('2026-11-20'),
  closesOn: day('2026-11-30'),
});
const submitData = {
  submissionId: 'ein-1',
  text: 'Ein Digitallotse pro Landkreis, der Betriebe vor Ort berät.',
  sector: 'industry',
  contact: { subjectId: 'sub-1', email: 'erika@example.org', name: 'Erika Muster' },
  consent: { noticeVersion: 'beteiligung-2026-11' },
  confirmationHash: hash,
  confirmBy,
} as const;
const submit = (changes: object = {}, metadata: object = {}) =>
  command('SubmitToConsultation', { ...submitData, ...changes } as typeof submitData, {
    ...asPublic,
    ...metadata,
  });
const received: ConsultationEvent = {
  ...event('SubmissionReceived', {
    submissionId: 'ein-1',
    text: submitData.text,
    sector: 'industry',
    submitterSubjectId: 'sub-1',
    consent: { noticeVersion: 'beteiligung-2026-11' },
    confirmationHash: hash,
    confirmBy,
  }),
  personalData: [{ subjectId: 'sub-1', email: 'erika@example.org', name: 'Erika Muster' }],
};
const confirm = (confirmationHash = hash, metadata: object = {}) =>
  command(
    'ConfirmSubmission',
    { submissionId: 'ein-1', confirmationHash },
    { ...asPublic, ...metadata },
  );
const confirmed = event('SubmissionConfirmed', { submissionId: 'ein-1' });
const accept = command('AcceptSubmission', { submissionId: 'ein-1', suggestionId: 'vs-online-1' });
const accepted = event('SubmissionAccepted', {
  submissionId: 'ein-1',
  suggestionId: 'vs-online-1',
  text: submitData.text,
  sector: 'industry',
  actionFieldIds: ['hf-digitalisierung'],
});
const reason = 'Der Vorschlag betrifft die Bundesebene, nicht das Land.';
const decline = (metadata: object = { reason }) =>
  command('DeclineSubmission', { submissionId: 'ein-1' }, metadata);
const declined = event('SubmissionDeclined', { submissionId: 'ein-1' }, { reason });
const closed = event('ConsultationClosed', {});

describeGuards(consultation, {
  everyOtherCommand: [
    command('CloseConsultation', {}, { role: 'ministry' }),
    submit(),
    confirm(),
    accept,
    decline(),
  ],
  idField: 'consultationId',
  closed: [],
  histories: {},
});

describe('permissions', () => {
  it('lets the ministry open and close, anyone submit and confirm, the team moderate', () => {
    expect(isAllowed('ministry', 'OpenConsultation')).toBe(true);
    expect(isAllowed('team', 'OpenConsultation')).toBe(false);
    expect(isAllowed('ministry', 'CloseConsultation')).toBe(true);
    expect(isAllowed('public', 'SubmitToConsultation')).toBe(true);
    expect(isAllowed('public', 'ConfirmSubmission')).toBe(true);
    expect(isAllowed('public', 'AcceptSubmission')).toBe(false);
    expect(isAllowed('team', 'AcceptSubmission')).toBe(true);
    expect(isAllowed('team', 'DeclineSubmission')).toBe(true);
    expect(isAllowed('partner', 'SubmitToConsultation')).toBe(false);
  });
  it('is registered as an aggregate', () => expect(AGGREGATES.Consultation).toBe(consultation));
});

describe('OpenConsultation', () => {
  it('opens it on an action field for its period', () =>
    spec.given([]).when(command('OpenConsultation', openData)).then([opened]));
  it('opens it on a meeting', () => {
    const { actionFieldId: _, ...onMeeting } = openData;
    spec
      .given([])
      .when(command('OpenConsultation', { ...onMeeting, meetingId: 'va-konferenz' }))
      .then([
        event('ConsultationOpened', {
          ...onMeeting,
          meetingId: 'va-konferenz',
          opensOn: day('2026-11-20'),
          closesOn: day('2026-11-30'),
        }),
      ]);
  });
  it("opens it on a meeting with the meeting's action fields", () => {
    const { actionFieldId: _, ...onMeeting } = openData;
    const fields = ['hf-fachkraefte', 'hf-bildung'];
    spec
      .given([])
      .when(
        command('OpenConsultation', {
          ...onMeeting,
          meetingId: 'va-messe',
          actionFieldIds: fields,
        }),
      )
      .then([
        event('ConsultationOpened', {
          ...onMeeting,
          meetingId: 'va-messe',
          actionFieldIds: fields,
          opensOn: day('2026-11-20'),
          closesOn: day('2026-11-30'),
        }),
      ]);
  });
  it.each([
    ['actionFieldIds', { actionFieldIds: ['hf-bildung'] }],
    [
      'actionFieldIds.0',
      { actionFieldId: undefined, meetingId: 'va-messe', actionFieldIds: [' '] },
    ],
    ['consultationId', { consultationId: ' ' }],
    ['title', { title: '' }],
    ['title', { title: 'x'.repeat(201) }],
    ['description', { description: ' ' }],
    ['actionFieldId', { meetingId: 'va-konferenz' }],
    ['opensOn', { opensOn: '20.11.2026' }],
    ['closesOn', { closesOn: '2026-02-30' }],
    ['closesOn', { closesOn: '2026-11-19' }],
  ] as const)('rejects bad input on %s', (field, changes) =>
    spec
      .given([])
      .when(command('OpenConsultation', { ...openData, ...changes }))
      .thenFails('BAD_USER_INPUT', field),
  );
  it('rejects neither action field nor meeting', () => {
    const { actionFieldId: _, ...neither } = openData;
    spec
      .given([])
      .when(command('OpenConsultation', neither))
      .thenFails('BAD_USER_INPUT', 'actionFieldId');
  });
  it('conflicts when it exists', () =>
    spec.given([opened]).when(command('OpenConsultation', openData)).thenFails('CONFLICT'));
});

describe('CloseConsultation', () => {
  it('closes an open one', () =>
    spec.given([opened]).when(command('CloseConsultation', {})).then([closed]));
  it('cannot close twice', () =>
    spec
      .given([opened, closed])
      .when(command('CloseConsultation', {}))
      .thenFails('INVALID_TRANSITION'));
});

describe('SubmitToConsultation', () => {
  describe('when open and within its period', () => {
    const given = spec.given([opened]);
    it('receives it, the contact beside the event as erasable personal data', () =>
      given.when(submit()).then([received]));
    it('holds it as received, without personal data in the state', () => {
      const state = fold(consultation, [opened, received]);
      expect(state).toMatchObject({ submissions: [{ submissionId: 'ein-1', status: 'received' }] });
      expect(JSON.stringify(state)).not.toContain('erika@example.org');
      expect(JSON.stringify(state)).not.toContain('Erika Muster');
    });
    it('leaves a blank name out', () => {
      const { name: _, ...anonymousContact } = received.personalData?.[0] ?? { subjectId: '' };
      given
        .when(submit({ contact: { ...submitData.contact, name: ' ' } }))
        .then([{ ...received, personalData: [anonymousContact] }]);
    });
    it.each([
      ['submissionId', { submissionId: '' }],
      ['text', { text: '  ' }],
      ['text', { text: 'x'.repeat(20_001) }],
      ['sector', { sector: 'press' }],
      ['contact.subjectId', { contact: { ...submitData.contact, subjectId: '' } }],
      ['contact.email', { contact: { ...submitData.contact, email: '' } }],
      ['contact.email', { contact: { ...submitData.contact, email: 'erika@' } }],
      ['contact.name', { contact: { ...submitData.contact, name: 'x'.repeat(201) } }],
      ['consent.noticeVersion', { consent: { noticeVersion: ' ' } }],
      ['confirmationHash', { confirmationHash: 'geheim' }],
      ['confirmBy', { confirmBy: 'morgen' }],
      ['confirmBy', { confirmBy: TEST_NOW }],
    ] as const)('rejects bad input on %s', (field, changes) =>
      given.when(submit(changes)).thenFails('BAD_USER_INPUT', field),
    );
    it('conflicts on a submission id taken', () =>
      spec.given([opened, received]).when(submit()).thenFails('CONFLICT', 'submissionId'));
  });

  describe('the period, by the calendar day in Berlin', () => {
    const given = spec.given([opened]);
    it('takes one at 00:30 on its first day in Berlin (still the day before in UTC)', () =>
      given
        .when(
          submit({ confirmBy: '2026-11-21T10:00:00.000Z' }, { now: '2026-11-19T23:30:00.000Z' }),
        )
        .then([
          {
            ...received,
            occurredAt: '2026-11-19T23:30:00.000Z',
            data: { ...received.data, confirmBy: '2026-11-21T10:00:00.000Z' },
          } as ConsultationEvent,
        ]));
    it('refuses one at 23:30 the evening before it opens in Berlin', () =>
      given
        .when(submit({}, { now: '2026-11-19T22:30:00.000Z' }))
        .thenFails('INVALID_TRANSITION', 'consultationId'));
    it('refuses one at 00:30 after its last day in Berlin (still the last day in UTC)', () =>
      given
        .when(
          submit({ confirmBy: '2026-12-03T10:00:00.000Z' }, { now: '2026-11-30T23:30:00.000Z' }),
        )
        .thenFails('INVALID_TRANSITION', 'consultationId'));
    it('refuses any once closed early', () =>
      spec
        .given([opened, closed])
        .when(submit())
        .thenFails('INVALID_TRANSITION', 'consultationId'));
  });
});

describe('ConfirmSubmission', () => {
  const given = spec.given([opened, received]);
  it('confirms with the hash of the mailed token, in time', () =>
    given.when(confirm()).then([confirmed]));
  it('confirms after the consultation closed, within the deadline', () =>
    spec.given([opened, received, closed]).when(confirm()).then([confirmed]));
  it('refuses another token, alike to an expired one', () => {
    given.when(confirm(otherHash)).thenFails('BAD_USER_INPUT', 'confirmationHash');
    given
      .when(confirm(hash, { now: '2026-11-27T10:00:00.001Z' }))
      .thenFails('BAD_USER_INPUT', 'confirmationHash');
  });
  it('refuses an unknown submission', () =>
    spec.given([opened]).when(confirm()).thenFails('NOT_FOUND', 'submissionId'));
  it('refuses a second confirmation', () =>
    spec
      .given([opened, received, confirmed])
      .when(confirm())
      .thenFails('INVALID_TRANSITION', 'submissionId'));
});

describe('AcceptSubmission', () => {
  it('accepts a confirmed submission and captures it as an online suggestion', () => {
    spec.given([opened, received, confirmed]).when(accept).then([accepted]);
    const [followUp] = consultation.reactionsTo(accepted, id);
    expect(followUp).toMatchObject({
      kind: 'Suggestion',
      command: {
        type: 'CaptureSuggestion',
        data: {
          suggestionId: 'vs-online-1',
          channel: 'online',
          consultationId: id,
          sector: 'industry',
          text: submitData.text,
          actionFieldIds: ['hf-digitalisierung'],
        },
      },
    });
  });
  it("files a meeting's submission under the meeting's action fields", () => {
    const { actionFieldId: _, ...onMeeting } = openData;
    const fields = ['hf-fachkraefte', 'hf-bildung'];
    const openedOnMeeting = event('ConsultationOpened', {
      ...onMeeting,
      meetingId: 'va-messe',
      actionFieldIds: fields,
      opensOn: day('2026-11-20'),
      closesOn: day('2026-11-30'),
    });
    spec
      .given([openedOnMeeting, received, confirmed])
      .when(accept)
      .then([{ ...accepted, data: { ...accepted.data, actionFieldIds: fields } }]);
  });
  it('refuses an unconfirmed submission: it does not count yet', () =>
    spec.given([opened, received]).when(accept).thenFails('INVALID_TRANSITION', 'submissionId'));
  it('refuses a declined one', () =>
    spec
      .given([opened, received, confirmed, declined])
      .when(accept)
      .thenFails('INVALID_TRANSITION', 'submissionId'));
  it('refuses a blank suggestion id', () =>
    spec
      .given([opened, received, confirmed])
      .when(command('AcceptSubmission', { submissionId: 'ein-1', suggestionId: ' ' }))
      .thenFails('BAD_USER_INPUT', 'suggestionId'));
});

describe('DeclineSubmission', () => {
  const given = spec.given([opened, received, confirmed]);
  it('declines with the reason the submitter is told', () => {
    given.when(decline()).then([declined]);
    expect(fold(consultation, [opened, received, confirmed, declined])).toMatchObject({
      submissions: [{ status: 'declined', declineReason: reason }],
    });
  });
  it('requires a reason', () => given.when(decline({})).thenFails('BAD_USER_INPUT', 'reason'));
  it('refuses one already accepted', () =>
    spec
      .given([opened, received, confirmed, accepted])
      .when(decline())
      .thenFails('INVALID_TRANSITION', 'submissionId'));
});
