import DataLoader from 'dataloader';
import { tokenIdOfActor } from '../auth/authenticate.js';
import { tokenNames } from '../auth/tokens.js';
import type { SqlRunner } from '../database/index.js';
import { userIdOfActor, userNames } from '../people/users.js';

interface Names {
  current?: Promise<ReadonlyMap<string, string>>;
}

const namesOf = async (
  actors: readonly string[],
  runner: SqlRunner,
  publicOnly: boolean,
  names: Names,
): Promise<(string | null)[]> => {
  if (publicOnly) return actors.map(() => null);
  const users = actors.flatMap((actor) => userIdOfActor(actor) ?? []);
  const ids = actors.map(tokenIdOfActor);
  const people = await userNames(runner, users);
  if (ids.every((id) => id === undefined)) {
    return actors.map((actor) => people.get(userIdOfActor(actor) ?? '') ?? null);
  }
  names.current ??= tokenNames(runner);
  const known = await names.current;
  return actors.map((actor, index) => {
    const token = ids[index];
    if (token !== undefined) return known.get(token) ?? null;
    return people.get(userIdOfActor(actor) ?? '') ?? null;
  });
};

/**
 * The current name of the person (`user:<id>`, as registered, none once erased) or token behind
 * each actor (`actorName` of events, history entries and
 * provenance edges, and `actors`), keyed by the actor as events record it (`token:<id>`). The
 * names are read once per request, at the first one asked for, however many lists ask and
 * whenever they resolve: no N+1. They are read, not recorded, so a renamed token shows its new
 * name and a revoked one keeps its name. Actors that are no token (the demo's seeded actors,
 * the operator CLI's `cli`) and tokens not on record have none. Partners and anonymous callers
 * never learn internal names: for them it finds none, without asking the database.
 * `clearAll()` forgets the names too, so a subscription can read them afresh for each event.
 */
export class ActorNameLoader extends DataLoader<string, string | null> {
  private readonly names: Names;

  constructor(runner: SqlRunner, publicOnly: boolean) {
    const names: Names = {};
    super((actors) => namesOf(actors, runner, publicOnly, names));
    this.names = names;
  }

  override clearAll(): this {
    this.names.current = undefined;
    return super.clearAll();
  }
}

export const createActorNameLoader = (runner: SqlRunner, publicOnly: boolean) =>
  new ActorNameLoader(runner, publicOnly);

/** The current name of the token behind an event's actor, as the caller may see it. */
export const actorNameOf = (
  actor: string | null,
  loader: ActorNameLoader,
): Promise<string | null> | null => (actor === null ? null : loader.load(actor));
