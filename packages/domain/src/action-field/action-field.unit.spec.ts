import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_ID } from '../process/index.js';
import { describeCreatedOnce } from '../shared/testing/created-once.js';
import {
  DeciderSpecification,
  meta,
  TEST_NOW,
  withReason,
} from '../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../shared/testing/fixtures.js';
import { describeGuards, itRejects } from '../shared/testing/guards.js';
import type { ActionFieldCommand, ActionFieldEvent } from './index.js';
import { actionField } from './index.js';

const spec = DeciderSpecification.for(actionField);
const id = 'af-digital';
const at = TEST_NOW;
const description = 'Wie kleine und mittlere Unternehmen die Digitalisierung nutzen.';

const { command, event } = itemFixtures<ActionFieldCommand, ActionFieldEvent, 'actionFieldId'>(
  'actionFieldId',
  id,
);

const details = {
  processId: 'sp-fachkraefte',
  key: 'digitalisierung',
  title: 'Digitalisierung in der mittelständischen Industrie',
  description,
};
const define = (data: Partial<DataOf<ActionFieldCommand, 'DefineActionField'>> = {}) =>
  command('DefineActionField', { ...details, ...data });

const defined = event('ActionFieldDefined', details);
const retired = event('ActionFieldRetired', {}, { reason: 'Zusammengelegt' });

const revise = (changes: { title?: string; description?: string }, reason?: string) =>
  command('ReviseActionField', changes, withReason(reason));
const retire = (reason?: string) => command('RetireActionField', {}, withReason(reason));

describeGuards(actionField, {
  everyOtherCommand: [revise({ title: 'Neu' }), retire('weg')],
  idField: 'actionFieldId',
  closed: ['retired'],
  histories: { retired: [defined, retired] },
});

describe('DefineActionField', () => {
  describe('when empty', () => {
    it('defines the field', () => spec.given([]).when(define()).then([defined]));
    it('keeps the real date of a field defined in 2016', () =>
      spec
        .given([])
        .when({ ...define(), metadata: meta({ occurredAt: '2016-05-01' }) })
        .then([{ ...defined, occurredAt: '2016-05-01T00:00:00.000Z' }]));
    itRejects(spec.given([]), [
      ['rejects a key that is not a slug', define({ key: 'Digitalisierung!' }), 'key'],
      ['rejects a key with a trailing hyphen', define({ key: 'digital-' }), 'key'],
      ['rejects a key longer than 40', define({ key: 'a'.repeat(41) }), 'key'],
      ['rejects an empty title', define({ title: '  ' }), 'title'],
      ['rejects a title over 200', define({ title: 'x'.repeat(201) }), 'title'],
      ['rejects an empty description', define({ description: '' }), 'description'],
    ]);
    it('puts a field defined without a process in the default process', () => {
      const { processId: _, ...withoutProcess } = define().data;
      return spec
        .given([])
        .when({ ...define(), data: withoutProcess })
        .then([{ ...defined, data: { ...defined.data, processId: DEFAULT_PROCESS_ID } }]);
    });
    itRejects(spec.given([]), [
      ['rejects an empty process id', define({ processId: ' ' }), 'processId'],
      ['rejects an empty id', define({ actionFieldId: '' }), 'actionFieldId'],
      [
        'rejects a future occurredAt',
        { ...define(), metadata: meta({ occurredAt: '2030-01-01' }) },
        'occurredAt',
      ],
    ]);
  });
  describeCreatedOnce(
    actionField,
    { active: [defined], retired: [defined, retired] },
    define(),
    'actionFieldId',
  );
});

describe('ReviseActionField', () => {
  describe('when active', () => {
    it('records only the changed fields', () =>
      spec
        .given([defined])
        .when(revise({ title: 'Digitalisierung', description }))
        .then([
          {
            type: 'ActionFieldRevised',
            schemaVersion: 1,
            occurredAt: at,
            data: { actionFieldId: id, title: 'Digitalisierung' },
          },
        ]));
    it('keeps the reason of an edit', () =>
      spec
        .given([defined])
        .when(revise({ description: 'Neu gefasst.' }, 'Tippfehler'))
        .then([
          {
            type: 'ActionFieldRevised',
            schemaVersion: 1,
            occurredAt: at,
            data: { actionFieldId: id, description: 'Neu gefasst.' },
            reason: 'Tippfehler',
          },
        ]));
    it('rejects an edit that changes nothing', () =>
      spec.given([defined]).when(revise({})).thenFails('BAD_USER_INPUT'));
    it('rejects an edit to the same title', () =>
      spec
        .given([defined])
        .when(revise({ title: 'Digitalisierung in der mittelständischen Industrie' }))
        .thenFails('BAD_USER_INPUT'));
    itRejects(spec.given([defined]), [
      ['rejects an empty title', revise({ title: '' }), 'title'],
      [
        'rejects a description over 20,000',
        revise({ description: 'x'.repeat(20_001) }),
        'description',
      ],
    ]);
  });
  describe('when retired', () => {
    it('is an invalid transition', () =>
      spec
        .given([defined, retired])
        .when(revise({ title: 'Neu' }))
        .thenFails('INVALID_TRANSITION'));
  });
});

describe('RetireActionField', () => {
  describe('when active', () => {
    it('retires the field with its reason', () =>
      spec.given([defined]).when(retire('Zusammengelegt')).then([retired]));
    it('keeps the evidence', () =>
      spec
        .given([defined])
        .when({
          ...retire(),
          metadata: meta({ reason: 'Beschluss', evidence: [{ document: 'Protokoll 3/2018' }] }),
        })
        .then([{ ...retired, reason: 'Beschluss', evidence: [{ document: 'Protokoll 3/2018' }] }]));
    itRejects(spec.given([defined]), [
      ['requires a reason', retire(), 'reason'],
      ['rejects a blank reason', retire('  '), 'reason'],
      [
        'rejects evidence without a source',
        { ...retire(), metadata: meta({ reason: 'x', evidence: [{ note: 'nur Notiz' }] }) },
        'evidence.0',
      ],
    ]);
  });
  describe('when retired', () => {
    it('is an invalid transition', () =>
      spec.given([defined, retired]).when(retire('nochmal')).thenFails('INVALID_TRANSITION'));
  });
});

describe('evolve', () => {
  it('folds to the retired field with its details', () => {
    const state = [defined, retired].reduce(actionField.evolve, actionField.initialState);
    expect(state).toEqual({
      status: 'retired',
      actionFieldId: id,
      processId: 'sp-fachkraefte',
      key: 'digitalisierung',
      title: 'Digitalisierung in der mittelständischen Industrie',
      description,
      definedAt: at,
      retiredAt: at,
      retirementReason: 'Zusammengelegt',
    });
  });
  it('names its process as a reference, except the default one, which always exists', () => {
    expect(actionField.referencesOf(define())).toEqual([
      { kind: 'Process', id: 'sp-fachkraefte', field: 'processId' },
    ]);
    expect(actionField.referencesOf(define({ processId: DEFAULT_PROCESS_ID }))).toEqual([]);
  });
  it('adds no provenance and sets off nothing', () => {
    for (const event of [defined, retired]) {
      expect(actionField.provenanceOf(event, id)).toEqual([]);
      expect(actionField.reactionsTo(event, id)).toEqual([]);
    }
  });
});
