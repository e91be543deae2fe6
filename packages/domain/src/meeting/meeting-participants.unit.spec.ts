import { describe, expect, it } from 'vitest';
import { DeciderSpecification } from '../shared/testing/decider-specification.js';
import { describeInvalidIn, itRejects } from '../shared/testing/guards.js';
import { meeting } from './index.js';
import {
  cancelled,
  held,
  histories,
  planned,
  register,
  registered,
  remove,
  removed,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(meeting);

describe('RegisterParticipant', () => {
  describe('when planned', () => {
    it('registers the subject and sector; the person goes to personalData', () =>
      spec.given([planned]).when(register()).then([registered]));
    it('leaves out what is not given', () =>
      spec
        .given([planned])
        .when(register({ email: '', organisation: ' ' }))
        .then([
          { ...registered, personalData: [{ subjectId: 'subj-1', name: 'Erika Mustermann' }] },
        ]));
    it('conflicts on a second registration of the same subject', () =>
      spec
        .given([planned, registered])
        .when(register({ name: 'Erika M.' }))
        .thenFails('CONFLICT', 'subjectId'));
    it('registers a removed subject again', () =>
      spec.given([planned, registered, removed]).when(register()).then([registered]));
    itRejects(spec.given([planned]), [
      ['rejects a malformed e-mail address', register({ email: 'erika@' }), 'email'],
      [
        'rejects an e-mail address with spaces',
        register({ email: 'erika m@example.org' }),
        'email',
      ],
      ['rejects a blank name', register({ name: ' ' }), 'name'],
      ['rejects a name over 200', register({ name: 'x'.repeat(201) }), 'name'],
      [
        'rejects an organisation over 200',
        register({ organisation: 'x'.repeat(201) }),
        'organisation',
      ],
      ['rejects a blank subject id', register({ subjectId: '' }), 'subjectId'],
      ['rejects an unknown sector', register({ sector: 'press' as 'society' }), 'sector'],
    ]);
  });
  describe('when held', () => {
    it('registers a participant afterwards', () =>
      spec.given([planned, held]).when(register()).then([registered]));
  });
  describeInvalidIn(meeting, ['cancelled'], histories, register());
});

describe('RemoveParticipant', () => {
  describe('when planned', () => {
    it('removes the participant with the reason', () =>
      spec.given([planned, registered]).when(remove('subj-1', 'Doppelt erfasst')).then([removed]));
    it('does not find a subject that is not registered', () =>
      spec
        .given([planned, registered])
        .when(remove('subj-2', 'x'))
        .thenFails('NOT_FOUND', 'subjectId'));
    it('does not find a subject removed before', () =>
      spec
        .given([planned, registered, removed])
        .when(remove('subj-1', 'x'))
        .thenFails('NOT_FOUND', 'subjectId'));
    it('requires a reason', () =>
      spec
        .given([planned, registered])
        .when(remove('subj-1'))
        .thenFails('BAD_USER_INPUT', 'reason'));
  });
  describe('when held', () => {
    it('removes the participant', () =>
      spec
        .given([planned, registered, held])
        .when(remove('subj-1', 'Doppelt erfasst'))
        .then([removed]));
  });
  describe('when cancelled', () => {
    it('is an invalid transition', () =>
      spec
        .given([planned, registered, cancelled])
        .when(remove('subj-1', 'x'))
        .thenFails('INVALID_TRANSITION'));
  });
});

describe('participants in the state', () => {
  it('holds subject ids and sectors only, never names', () => {
    const state = [planned, registered].reduce(meeting.evolve, meeting.initialState);
    expect(state).toMatchObject({ participants: [{ subjectId: 'subj-1', sector: 'science' }] });
    expect(JSON.stringify(state)).not.toContain('Mustermann');
  });
  it('adds no provenance', () => {
    expect(meeting.provenanceOf(registered, 'm')).toEqual([]);
    expect(meeting.provenanceOf(removed, 'm')).toEqual([]);
  });
});
