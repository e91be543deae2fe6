import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_ID } from '../process/index.js';
import { DeciderSpecification, meta, TEST_NOW } from '../shared/testing/decider-specification.js';
import { describeGuards } from '../shared/testing/guards.js';
import type { ActionFieldCommand, ActionFieldEvent } from './index.js';
import { actionField } from './index.js';

const spec = DeciderSpecification.for(actionField);
const id = 'af-digital';
const at = TEST_NOW;
const description = 'Wie kleine und mittlere Unternehmen die Digitalisierung nutzen.';

const define = (
  data: Partial<Extract<ActionFieldCommand, { type: 'DefineActionField' }>['data']> = {},
) =>
  ({
    type: 'DefineActionField',
    data: {
      actionFieldId: id,
      processId: 'sp-fachkraefte',
      key: 'digitalisierung',
      title: 'Digitalisierung in der mittelständischen Industrie',
      description,
      ...data,
    },
    metadata: meta(),
  }) satisfies ActionFieldCommand;

const defined: ActionFieldEvent = {
  type: 'ActionFieldDefined',
  schemaVersion: 2,
  occurredAt: at,
  data: define().data,
};
const retired: ActionFieldEvent = {
  type: 'ActionFieldRetired',
  schemaVersion: 1,
  occurredAt: at,
  data: { actionFieldId: id },
  reason: 'Zusammengelegt',
};

const revise = (
  changes: { title?: string; description?: string },
  reason?: string,
): ActionFieldCommand => ({
  type: 'ReviseActionField',
  data: { actionFieldId: id, ...changes },
  metadata: meta(reason === undefined ? {} : { reason }),
});
const retire = (reason?: string): ActionFieldCommand => ({
  type: 'RetireActionField',
  data: { actionFieldId: id },
  metadata: meta(reason === undefined ? {} : { reason }),
});

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
    it('rejects a key that is not a slug', () =>
      spec
        .given([])
        .when(define({ key: 'Digitalisierung!' }))
        .thenFails('BAD_USER_INPUT', 'key'));
    it('rejects a key with a trailing hyphen', () =>
      spec
        .given([])
        .when(define({ key: 'digital-' }))
        .thenFails('BAD_USER_INPUT', 'key'));
    it('rejects a key longer than 40', () =>
      spec
        .given([])
        .when(define({ key: 'a'.repeat(41) }))
        .thenFails('BAD_USER_INPUT', 'key'));
    it('rejects an empty title', () =>
      spec
        .given([])
        .when(define({ title: '  ' }))
        .thenFails('BAD_USER_INPUT', 'title'));
    it('rejects a title over 200', () =>
      spec
        .given([])
        .when(define({ title: 'x'.repeat(201) }))
        .thenFails('BAD_USER_INPUT', 'title'));
    it('rejects an empty description', () =>
      spec
        .given([])
        .when(define({ description: '' }))
        .thenFails('BAD_USER_INPUT', 'description'));
    it('puts a field defined without a process in the default process', () => {
      const { processId: _, ...withoutProcess } = define().data;
      return spec
        .given([])
        .when({ ...define(), data: withoutProcess })
        .then([{ ...defined, data: { ...defined.data, processId: DEFAULT_PROCESS_ID } }]);
    });
    it('rejects an empty process id', () =>
      spec
        .given([])
        .when(define({ processId: ' ' }))
        .thenFails('BAD_USER_INPUT', 'processId'));
    it('rejects an empty id', () =>
      spec
        .given([])
        .when(define({ actionFieldId: '' }))
        .thenFails('BAD_USER_INPUT', 'actionFieldId'));
    it('rejects a future occurredAt', () =>
      spec
        .given([])
        .when({ ...define(), metadata: meta({ occurredAt: '2030-01-01' }) })
        .thenFails('BAD_USER_INPUT', 'occurredAt'));
  });
  describe('when active', () => {
    it('conflicts', () =>
      spec.given([defined]).when(define()).thenFails('CONFLICT', 'actionFieldId'));
  });
  describe('when retired', () => {
    it('conflicts', () =>
      spec.given([defined, retired]).when(define()).thenFails('CONFLICT', 'actionFieldId'));
  });
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
    it('rejects an empty title', () =>
      spec
        .given([defined])
        .when(revise({ title: '' }))
        .thenFails('BAD_USER_INPUT', 'title'));
    it('rejects a description over 20,000', () =>
      spec
        .given([defined])
        .when(revise({ description: 'x'.repeat(20_001) }))
        .thenFails('BAD_USER_INPUT', 'description'));
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
    it('requires a reason', () =>
      spec.given([defined]).when(retire()).thenFails('BAD_USER_INPUT', 'reason'));
    it('rejects a blank reason', () =>
      spec.given([defined]).when(retire('  ')).thenFails('BAD_USER_INPUT', 'reason'));
    it('rejects evidence without a source', () =>
      spec
        .given([defined])
        .when({ ...retire(), metadata: meta({ reason: 'x', evidence: [{ note: 'nur Notiz' }] }) })
        .thenFails('BAD_USER_INPUT', 'evidence.0'));
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
