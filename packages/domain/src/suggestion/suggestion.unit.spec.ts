import { describe, expect, it } from 'vitest';
import { addEdge, removeEdge } from '../shared/index.js';
import { describeCreatedOnce } from '../shared/testing/created-once.js';
import { DeciderSpecification, meta } from '../shared/testing/decider-specification.js';
import { describeGuards, itRejects } from '../shared/testing/guards.js';
import type { SuggestionEvent } from './index.js';
import { suggestion } from './index.js';
import {
  at,
  capture,
  captured,
  decline,
  declined,
  event,
  histories,
  raisedOn,
  recommendation,
  reopen,
  revise,
  suggestionId,
  takenUpBy,
  takeUp,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(suggestion);

describeGuards(suggestion, {
  everyOtherCommand: [revise({ text: 'Neu' }), takeUp(recommendation), decline('x'), reopen('x')],
  idField: 'suggestionId',
  closed: [],
  histories: {},
});
const revised = (
  data: Omit<Extract<SuggestionEvent, { type: 'SuggestionRevised' }>['data'], 'suggestionId'>,
) => event('SuggestionRevised', data);

describe('CaptureSuggestion', () => {
  describe('when empty', () => {
    it('captures a suggestion raised at a meeting on its real date', () =>
      spec.given([]).when(capture()).then([captured]));
    it('keeps only the subject id of the submitter in the data', () =>
      spec
        .given([])
        .when(
          capture({
            submitter: {
              subjectId: 'subj-9',
              name: 'Max Muster',
              email: 'max@example.org',
              organisation: '',
            },
          }),
        )
        .then([
          {
            ...captured,
            data: { ...captured.data, submitterSubjectId: 'subj-9' },
            personalData: [{ subjectId: 'subj-9', name: 'Max Muster', email: 'max@example.org' }],
          },
        ]));
    it('captures one by mail without title or action fields', () =>
      spec
        .given([])
        .when(
          capture({ channel: 'mail', meetingId: undefined, actionFieldIds: undefined, title: ' ' }),
        )
        .then([
          {
            ...captured,
            data: {
              suggestionId,
              text: captured.data.text,
              sector: 'industry',
              channel: 'mail',
              actionFieldIds: [],
            },
          },
        ]));
    it('keeps a title', () =>
      expect(
        spec
          .given([])
          .when(capture({ title: 'Lotsen' }))
          .events()[0]?.data,
      ).toMatchObject({ title: 'Lotsen' }));
    itRejects(spec.given([]), [
      ['requires the meeting when raised at one', capture({ meetingId: undefined }), 'meetingId'],
      ['forbids a meeting for another channel', capture({ channel: 'online' }), 'meetingId'],
      ['rejects a blank meeting id', capture({ meetingId: '' }), 'meetingId'],
      ['rejects an empty text', capture({ text: ' ' }), 'text'],
      ['rejects a text over 20,000', capture({ text: 'x'.repeat(20_001) }), 'text'],
      ['rejects a title over 200', capture({ title: 'x'.repeat(201) }), 'title'],
      ['rejects an unknown sector', capture({ sector: 'press' as 'society' }), 'sector'],
      ['rejects an unknown channel', capture({ channel: 'fax' as 'other' }), 'channel'],
      [
        'rejects an action field named twice',
        capture({ actionFieldIds: ['a', 'a'] }),
        'actionFieldIds.1',
      ],
      [
        'rejects a submitter without a name',
        capture({ submitter: { subjectId: 's', name: '' } }),
        'submitter.name',
      ],
      [
        'rejects a submitter with a bad e-mail address',
        capture({ submitter: { subjectId: 's', name: 'N', email: 'n@x' } }),
        'submitter.email',
      ],
      ['rejects a blank id', capture({ suggestionId: '' }), 'suggestionId'],
      [
        'rejects a future occurredAt',
        { ...capture(), metadata: meta({ occurredAt: '2099-01-01' }) },
        'occurredAt',
      ],
    ]);
  });
  describe('when it exists', () =>
    describeCreatedOnce(suggestion, histories, capture(), 'suggestionId'));
});

describe('ReviseSuggestion', () => {
  describe('when captured', () => {
    it('records only what changed', () =>
      spec
        .given([captured])
        .when(revise({ text: 'Neu', sector: 'industry', title: 'Lotsen' }))
        .then([revised({ text: 'Neu', title: 'Lotsen' })]));
    it('records added and removed action fields', () =>
      spec
        .given([captured])
        .when(revise({ actionFieldIds: ['af-arbeit'] }))
        .then([
          revised({ addedActionFieldIds: ['af-arbeit'], removedActionFieldIds: ['af-digital'] }),
        ]));
    it('clears the title with a blank one', () =>
      spec
        .given([captured, revised({ title: 'Alt' })])
        .when(revise({ title: '' }))
        .then([revised({ title: '' })]));
    it('keeps the reason of an edit', () =>
      expect(
        spec
          .given([captured])
          .when(revise({ sector: 'science' }, 'falsch zugeordnet'))
          .events()[0],
      ).toMatchObject({
        reason: 'falsch zugeordnet',
      }));
    it('rejects an edit that changes nothing', () =>
      spec
        .given([captured])
        .when(revise({ text: captured.data.text, actionFieldIds: ['af-digital'], title: '' }))
        .thenFails('BAD_USER_INPUT'));
    itRejects(spec.given([captured]), [
      ['rejects an empty text', revise({ text: '' }), 'text'],
      ['rejects a title over 200', revise({ title: 'x'.repeat(201) }), 'title'],
      ['rejects an unknown sector', revise({ sector: 'x' as 'society' }), 'sector'],
      ['rejects a blank action field id', revise({ actionFieldIds: [' '] }), 'actionFieldIds.0'],
    ]);
  });
  describe('when taken up', () => {
    it('edits the text', () =>
      spec
        .given([captured, takenUpBy(recommendation)])
        .when(revise({ text: 'Neu' }))
        .then([revised({ text: 'Neu' })]));
  });
  describe('when declined', () => {
    it('is an invalid transition', () =>
      spec
        .given([captured, declined])
        .when(revise({ text: 'Neu' }))
        .thenFails('INVALID_TRANSITION'));
  });
});

describe('evolve', () => {
  it('folds to the suggestion with its edits and takers', () =>
    expect(
      [
        captured,
        revised({ title: 'T', addedActionFieldIds: ['b'], removedActionFieldIds: ['af-digital'] }),
        takenUpBy(recommendation),
      ].reduce(suggestion.evolve, suggestion.initialState),
    ).toEqual({
      status: 'taken_up',
      ...captured.data,
      title: 'T',
      actionFieldIds: ['b'],
      takenUpBy: [recommendation],
      capturedAt: raisedOn,
      takenUpAt: at,
    }));
});

describe('provenance', () => {
  const self = { kind: 'Suggestion', id: suggestionId } as const;
  const field = (id: string) => ({ kind: 'ActionField', id }) as const;
  it('ties a captured suggestion to its meeting and action fields', () =>
    expect(suggestion.provenanceOf(captured, suggestionId)).toEqual([
      addEdge('raisedAt', { kind: 'Meeting', id: 'mtg-konferenz-2017' }, self),
      addEdge('coversField', field('af-digital'), self),
    ]));
  it('removes and adds coversField edges as an edit changes the action fields', () => {
    const moved = revised({ addedActionFieldIds: ['b'], removedActionFieldIds: ['a'] });
    expect(suggestion.provenanceOf(moved, suggestionId)).toEqual([
      removeEdge('coversField', field('a'), self),
      addEdge('coversField', field('b'), self),
    ]);
  });
  it('adds nothing when taken up or declined and sets nothing off', () => {
    for (const event of [takenUpBy(recommendation), declined]) {
      expect(suggestion.provenanceOf(event, suggestionId)).toEqual([]);
      expect(suggestion.reactionsTo(event, suggestionId)).toEqual([]);
    }
  });
  it('names the meeting and action fields a command refers to', () => {
    expect(suggestion.referencesOf(capture())).toEqual([
      { kind: 'Meeting', id: 'mtg-konferenz-2017', field: 'meetingId' },
      { kind: 'ActionField', id: 'af-digital', field: 'actionFieldIds.0' },
    ]);
    expect(suggestion.referencesOf(revise({ actionFieldIds: ['x'] }))).toEqual([
      { kind: 'ActionField', id: 'x', field: 'actionFieldIds.0' },
    ]);
    expect(suggestion.targetOf(revise({ text: 't' }))).toBe(suggestionId);
  });
});
