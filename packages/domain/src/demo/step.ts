import type { DomainCommand, DomainCommandType } from '../permissions.js';
import { kindOfCommand } from '../registry.js';
import type { AggregateKind, CommandMetadata, Evidence } from '../shared/index.js';
import { ACTOR } from './ids.js';

/** One command of the demo, addressed to its aggregate. */
export interface DemoStep {
  readonly kind: AggregateKind;
  readonly command: DomainCommand;
}

type CommandOf<T extends DomainCommandType> = Extract<DomainCommand, { readonly type: T }>;

/** A command of the given type; its aggregate follows from the type. */
export const step = <T extends DomainCommandType>(
  type: T,
  data: CommandOf<T>['data'],
  metadata: CommandMetadata,
): DemoStep => {
  const kind = kindOfCommand(type);
  if (kind === undefined) throw new Error(`No aggregate handles ${type}`);
  const command = { type, data, metadata } as CommandOf<T>;
  return { kind, command };
};

/** Why a step happened: copied onto the events as their reason and evidence. */
export interface Why {
  readonly reason?: string;
  readonly evidence?: readonly Evidence[];
}

/** Metadata for the two roles of the demo; `occurredAt` is the real historical date. */
export interface Actors {
  readonly team: (occurredAt: string, why?: Why) => CommandMetadata;
  readonly ministry: (occurredAt: string, why?: Why) => CommandMetadata;
}

export const actorsAt = (now: string, timeZone: string): Actors => {
  const as =
    (actor: string, role: CommandMetadata['role']) =>
    (occurredAt: string, why: Why = {}): CommandMetadata => ({
      actor,
      role,
      now,
      timeZone,
      occurredAt,
      ...(why.reason === undefined ? {} : { reason: why.reason }),
      ...(why.evidence === undefined ? {} : { evidence: why.evidence }),
    });
  return { team: as(ACTOR.team, 'team'), ministry: as(ACTOR.ministry, 'ministry') };
};
