/** The state of an item before its first event: every aggregate's `initialState`. */
export type Empty = { readonly status: 'empty' };

/** The states of an item that exists (every one but `empty`). */
export type Existing<S> = Exclude<S, Empty>;

/** The states whose status is one of `T`. */
export type WithStatus<S, T extends string> = Extract<S, { readonly status: T }>;

/**
 * A guard for the states whose status is one of `statuses` (an item's open ones, say).
 * @example export const isOpen = hasStatusIn(OPEN_STATUSES);
 */
export const hasStatusIn =
  <const T extends string>(statuses: readonly T[]) =>
  <S extends { readonly status: string }>(state: S): state is WithStatus<S, T> =>
    (statuses as readonly string[]).includes(state.status);

/**
 * Applies a change of content to an item that exists, whatever its status; `empty` stays as it
 * is. `Base` is what every existing state holds (the change cannot touch a status's own fields).
 * @example const edit = editExisting<MeasureState, MeasureBase>;
 */
export const editExisting = <S extends { readonly status: string }, Base>(
  state: S,
  change: (base: Base) => Partial<Base>,
): S =>
  state.status === 'empty'
    ? state
    : // Every existing state extends `Base`, and the change keeps to it: the status stays as it was.
      ({ ...state, ...change(state as unknown as Base) } as S);
