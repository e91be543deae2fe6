import type { DomainError } from '../shared/index.js';
import {
  badInput,
  checkId,
  checkOneOf,
  checkReason,
  checkText,
  conflict,
  firstError,
  NAME_MAX,
  oneEvent,
  SECTORS,
} from '../shared/index.js';
import type { JoinPartner, LeavePartner, LinkOrigin, UnlinkOrigin } from './commands.js';
import { PARTNER_ROLES } from './commands.js';
import type { ProjectIdeaEvent } from './events.js';
import type { ExistingProjectIdea } from './state.js';
import { checkOrigin, sameOrigin } from './validate.js';

type Decision = readonly ProjectIdeaEvent[] | DomainError;

/** Partners and origins change while the project is open; a closed one keeps its record. */
export const join = (command: JoinPartner, state: ExistingProjectIdea): Decision => {
  const { partnerId, name, sector, role } = command.data.partner;
  const invalid = firstError(
    checkId('partner.partnerId', partnerId),
    checkText('partner.name', name, { max: NAME_MAX }),
    checkOneOf('partner.sector', sector, SECTORS),
    role === undefined ? undefined : checkOneOf('partner.role', role, PARTNER_ROLES),
    state.partners.some((partner) => partner.partnerId === partnerId)
      ? conflict(
          'partner.partnerId',
          `„${name}“ ist schon Partner dieser Projektidee.`,
          `"${name}" is already a partner of this project idea.`,
        )
      : undefined,
  );
  if (invalid) return invalid;
  const partner = { partnerId, name, sector, ...(role === undefined ? {} : { role }) };
  return oneEvent(command.metadata, {
    type: 'PartnerJoined',
    schemaVersion: 1,
    data: { projectIdeaId: state.projectIdeaId, partner },
  });
};

export const leave = (command: LeavePartner, state: ExistingProjectIdea): Decision => {
  const { partnerId } = command.data;
  const invalid = state.partners.some((partner) => partner.partnerId === partnerId)
    ? checkReason(command.metadata)
    : badInput(
        'partnerId',
        `„${partnerId}“ ist kein Partner dieser Projektidee.`,
        `"${partnerId}" is not a partner of this project idea.`,
      );
  if (invalid) return invalid;
  return oneEvent(command.metadata, {
    type: 'PartnerLeft',
    schemaVersion: 1,
    data: { projectIdeaId: state.projectIdeaId, partnerId },
  });
};

export const link = (command: LinkOrigin, state: ExistingProjectIdea): Decision => {
  const { kind, id } = command.data.origin;
  const invalid = firstError(
    checkOrigin('origin', { kind, id }),
    state.originatesFrom.some((origin) => sameOrigin(origin, { kind, id }))
      ? conflict(
          'origin',
          `${kind} „${id}“ ist schon als Ursprung verknüpft.`,
          `${kind} "${id}" is already linked as an origin.`,
        )
      : undefined,
  );
  if (invalid) return invalid;
  const data = { projectIdeaId: state.projectIdeaId, origin: { kind, id } };
  return oneEvent(command.metadata, { type: 'ProjectOriginLinked', schemaVersion: 1, data });
};

export const unlink = (command: UnlinkOrigin, state: ExistingProjectIdea): Decision => {
  const { kind, id } = command.data.origin;
  const invalid = state.originatesFrom.some((origin) => sameOrigin(origin, { kind, id }))
    ? checkReason(command.metadata)
    : badInput(
        'origin',
        `${kind} „${id}“ ist nicht als Ursprung verknüpft.`,
        `${kind} "${id}" is not linked as an origin.`,
      );
  if (invalid) return invalid;
  const data = { projectIdeaId: state.projectIdeaId, origin: { kind, id } };
  return oneEvent(command.metadata, { type: 'ProjectOriginUnlinked', schemaVersion: 1, data });
};
