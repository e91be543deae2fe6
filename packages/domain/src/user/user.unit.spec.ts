import { describe, expect, it } from 'vitest';
import { DeciderSpecification, meta, TEST_NOW } from '../shared/testing/decider-specification.js';
import { type UserCommand, type UserEvent, user, userStateOf } from './index.js';

const spec = DeciderSpecification.for(user);
const userId = 'u-anna';
const process = 'sp-industrie';
const admin = meta({ actor: 'user:u-admin', role: 'admin' });

const register = (data: Partial<Extract<UserCommand, { type: 'RegisterUser' }>['data']> = {}) =>
  ({
    type: 'RegisterUser',
    data: {
      userId,
      name: 'Anna Beispiel',
      email: 'anna@example.org',
      organisation: 'SMWA',
      ...data,
    },
    metadata: admin,
  }) satisfies UserCommand;
const registered: UserEvent = {
  type: 'UserRegistered',
  schemaVersion: 1,
  occurredAt: TEST_NOW,
  data: { userId, organisation: 'SMWA' },
  personalData: [{ subjectId: userId, name: 'Anna Beispiel', email: 'anna@example.org' }],
};
const grant = (role: 'team' | 'ministry' | 'partner' | 'admin', processId: string | null) =>
  ({
    type: 'GrantRole',
    data: { userId, role, processId },
    metadata: { ...admin, reason: 'Neu im Projektteam' },
  }) satisfies UserCommand;
const granted: UserEvent = {
  type: 'RoleGranted',
  schemaVersion: 1,
  occurredAt: TEST_NOW,
  reason: 'Neu im Projektteam',
  data: { userId, role: 'team', processId: process },
};
const revoke = (reason?: string) =>
  ({
    type: 'RevokeRole',
    data: { userId, role: 'team', processId: process },
    metadata: reason === undefined ? admin : { ...admin, reason },
  }) satisfies UserCommand;

describe('RegisterUser', () => {
  it('keeps name and e-mail beside the event, as personal data', () =>
    spec.given([]).when(register()).then([registered]));
  it('refuses a second registration under the same id', () =>
    spec.given([registered]).when(register()).thenFails('CONFLICT', 'userId'));
  it.each([
    ['name', { name: ' ' }],
    ['email', { email: 'keine-adresse' }],
    ['email', { email: '' }],
    ['userId', { userId: '' }],
    ['unit', { unit: 'x'.repeat(201) }],
  ])('refuses a bad %s', (field, data) =>
    spec.given([]).when(register(data)).thenFails('BAD_USER_INPUT', field),
  );
});

describe('GrantRole', () => {
  it('grants a role in one process, with who and why', () =>
    spec.given([registered]).when(grant('team', process)).then([granted]));
  it('grants the ministry installation-wide', () =>
    expect(spec.given([registered]).when(grant('ministry', null)).events()[0]?.data).toEqual({
      userId,
      role: 'ministry',
      processId: null,
    }));
  it('holds team and partner to one process', () => {
    spec.given([registered]).when(grant('team', null)).thenFails('BAD_USER_INPUT', 'processId');
    spec.given([registered]).when(grant('partner', null)).thenFails('BAD_USER_INPUT', 'processId');
  });
  it('refuses an unknown role', () =>
    spec
      .given([registered])
      .when({
        ...grant('team', process),
        data: { userId, role: 'owner' as 'team', processId: process },
      })
      .thenFails('BAD_USER_INPUT', 'role'));
  it('refuses a role already held', () =>
    spec.given([registered, granted]).when(grant('team', process)).thenFails('CONFLICT', 'role'));
  it('refuses an unknown user', () =>
    spec.given([]).when(grant('team', process)).thenFails('NOT_FOUND', 'userId'));
});

describe('RevokeRole', () => {
  it('takes the role away, with a reason', () =>
    expect(spec.given([registered, granted]).when(revoke('Wechsel')).events()[0]?.type).toBe(
      'RoleRevoked',
    ));
  it('requires a reason', () =>
    spec.given([registered, granted]).when(revoke()).thenFails('BAD_USER_INPUT', 'reason'));
  it('refuses a role not held', () =>
    spec.given([registered]).when(revoke('Wechsel')).thenFails('NOT_FOUND', 'role'));
});

describe('the user state', () => {
  it('holds the roles granted and not revoked', () => {
    const revoked: UserEvent = { ...granted, type: 'RoleRevoked', reason: 'Wechsel' };
    const ministry: UserEvent = { ...granted, data: { userId, role: 'ministry', processId: null } };
    const state = userStateOf([registered, granted, ministry, revoked]);
    expect(state.status === 'registered' && state.grants).toEqual([
      { role: 'ministry', processId: null },
    ]);
  });
});
