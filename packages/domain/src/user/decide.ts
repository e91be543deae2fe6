import {
  alreadyExists,
  byType,
  checkEmail,
  checkGrant,
  checkId,
  checkReason,
  checkText,
  conflict,
  DomainError,
  firstError,
  type Grant,
  NAME_MAX,
  oneEvent,
  sameGrant,
  TITLE_MAX,
  textOrNothing,
} from '../shared/index.js';
import type { GrantRole, RegisterUser, RevokeRole, UserCommand } from './commands.js';
import type { UserEvent } from './events.js';
import type { UserState } from './state.js';

type Decision = readonly UserEvent[] | DomainError;

const notFound = (userId: string) =>
  new DomainError(
    'NOT_FOUND',
    { de: `Nutzer „${userId}“ gibt es nicht.`, en: `User "${userId}" does not exist.` },
    { field: 'userId' },
  );

const grantOf = ({ data }: GrantRole | RevokeRole): Grant => ({
  role: data.role,
  processId: data.processId,
});

const where = (grant: Grant) =>
  grant.processId === null
    ? { de: 'installationsweit', en: 'installation-wide' }
    : { de: `im Prozess „${grant.processId}“`, en: `in process "${grant.processId}"` };

const register = (command: RegisterUser, state: UserState): Decision => {
  const { data } = command;
  const invalid = firstError(
    checkId('userId', data.userId),
    checkText('name', data.name, { max: NAME_MAX }),
    checkText('email', data.email, { max: 254 }) ?? checkEmail('email', data.email),
    checkText('organisation', data.organisation, { max: TITLE_MAX, required: false }),
    checkText('unit', data.unit, { max: TITLE_MAX, required: false }),
  );
  if (invalid) return invalid;
  if (state.status !== 'empty') {
    return alreadyExists('userId', data.userId, { de: 'Der Nutzer', en: 'User' });
  }
  const organisation = textOrNothing(data.organisation);
  const unit = textOrNothing(data.unit);
  return oneEvent(command.metadata, {
    type: 'UserRegistered',
    schemaVersion: 1,
    data: {
      userId: data.userId,
      ...(organisation === undefined ? {} : { organisation }),
      ...(unit === undefined ? {} : { unit }),
    },
    personalData: [{ subjectId: data.userId, name: data.name, email: data.email.trim() }],
  });
};

const grant = (command: GrantRole, state: UserState): Decision => {
  const invalid = checkGrant(grantOf(command));
  if (invalid) return invalid;
  if (state.status === 'empty') return notFound(command.data.userId);
  const wanted = grantOf(command);
  if (state.grants.some((held) => sameGrant(held, wanted))) {
    const at = where(wanted);
    return conflict(
      'role',
      `Die Rolle „${wanted.role}“ ist ${at.de} bereits vergeben.`,
      `The role "${wanted.role}" is already held ${at.en}.`,
    );
  }
  return oneEvent(command.metadata, {
    type: 'RoleGranted',
    schemaVersion: 1,
    data: { userId: state.userId, ...wanted },
  });
};

const revoke = (command: RevokeRole, state: UserState): Decision => {
  const invalid = firstError(checkGrant(grantOf(command)), checkReason(command.metadata));
  if (invalid) return invalid;
  if (state.status === 'empty') return notFound(command.data.userId);
  const held = grantOf(command);
  if (!state.grants.some((grant) => sameGrant(grant, held))) {
    const at = where(held);
    return new DomainError(
      'NOT_FOUND',
      {
        de: `Die Rolle „${held.role}“ ist ${at.de} nicht vergeben.`,
        en: `The role "${held.role}" is not held ${at.en}.`,
      },
      { field: 'role' },
    );
  }
  return oneEvent(command.metadata, {
    type: 'RoleRevoked',
    schemaVersion: 1,
    data: { userId: state.userId, ...held },
  });
};

export const decide = byType<UserCommand, UserState, UserEvent>({
  RegisterUser: register,
  GrantRole: grant,
  RevokeRole: revoke,
});
