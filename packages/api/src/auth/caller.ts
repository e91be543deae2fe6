import type { Role } from '@fahrplan/domain';

/** Who is asking. Anonymous callers see what partners see (published content). */
export interface Caller {
  readonly actor: string;
  readonly role: Role | 'anonymous';
  /** The token's name (e.g. "IHK Chemnitz"); anonymous callers have none. */
  readonly name?: string;
}

export const ANONYMOUS: Caller = { actor: 'anonymous', role: 'anonymous' };
