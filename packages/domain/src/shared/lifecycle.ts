import { type DomainError, invalidTransition, notFound } from './errors.js';

/** The state of an item once it exists: every status but `empty`. */
export type Existing<S extends { readonly status: string }> = Exclude<S, { status: 'empty' }>;

const exists = <S extends { readonly status: string }>(state: S): state is Existing<S> =>
  state.status !== 'empty';

/**
 * The item if it exists and its status allows the command, else the error why not: `NOT_FOUND`
 * on the id the command names, or `INVALID_TRANSITION`.
 */
export const existingIn = <S extends { readonly status: string }>(
  state: S,
  command: { readonly type: string },
  target: { readonly field: string; readonly id: string },
  allowed: readonly Existing<S>['status'][],
): Existing<S> | DomainError => {
  if (!exists(state)) return notFound(target.field, target.id);
  return allowed.includes(state.status) ? state : invalidTransition(state.status, command.type);
};
