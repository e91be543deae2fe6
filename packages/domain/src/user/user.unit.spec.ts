import { describe, expect, it } from 'vitest';
import { DeciderSpecification, meta } from '../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../shared/testing/fixtures.js';
import { itRejects } from '../shared/testing/guards.js';
import { type UserCommand, type UserEvent, user, userStateOf } from './index.js';

const spec = DeciderSpecification.for(user);
const userId = 'u-anna';
const process = 'sp-industrie';
const admin = meta({ actor: 'user:u-admin', role: 'admin' });

const { command, event } = itemFixtures<UserCommand, UserEvent, 'userId'>('userId', userId);

const register = (data: Partial<DataOf<UserCommand, 'RegisterUser'>> = {}) =>
  command(
    'RegisterUser',
    { name: 'Anna Beispiel', email: 'anna@example.org', organisation: 'SMWA', ...data },
    admin,
  );
const registered = {
  ...event('UserRegistered', { organisation: 'SMWA' }),
  personalData: [{ subjectId: userId, name: 'Anna Beispiel', email: 'anna@example.org' }],
};
const grant = (role: 'team' | 'ministry' | 'partner' | 'admin', processId: string | null) =>
  command('GrantRole', { role, processId }, { ...admin, reason: 'Neu im Projektteam' });
const granted = event(
  'RoleGranted',
  { role: 'team', processId: process },
  { reason: 'Neu im Projektteam' },
);
const revoke = (reason?: string) =>
  command(
    'RevokeRole',
    { role: 'team', processId: process },
    reason === undefined ? admin : { ...admin, reason },
  );

describe('RegisterUser', () => {
  it('keeps name and e-mail beside the event, as personal data', () =>
    spec.given([]).when(register()).then([registered]));
  it('refuses a second registration under the same id', () =>
    spec.given([registered]).when(register()).thenFails('CONFLICT', 'userId'));
  itRejects(spec.given([]), [
    ['refuses a bad name', register({ name: ' ' }), 'name'],
    ['refuses a bad email', register({ email: 'keine-adresse' }), 'email'],
    ['refuses a bad email', register({ email: '' }), 'email'],
    ['refuses a bad userId', register({ userId: '' }), 'userId'],
    ['refuses a bad unit', register({ unit: 'x'.repeat(201) }), 'unit'],
  ]);
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
