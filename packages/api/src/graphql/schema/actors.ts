import { eventActors } from '../../queries/actors.js';
import { publicOnlyIn } from '../../visibility/rules.js';
import { actorNameOf } from '../actor-name-loader.js';
import { builder, type Types } from '../builder.js';

/** `actorName` on events, history entries and provenance edges, and `Actor.name`. */
export const ACTOR_NAME_DESCRIPTION =
  'The current name of the token that acted (e.g. „Referat 31, Frau Keller“), for display; `actor` stays the id the event recorded. Read now, not recorded: a renamed token shows its new name, a revoked one keeps its name. Null where no token is behind the actor (the demo’s seeded actors, the operator CLI) or it is not on record — and always for partners and anonymous callers, who never learn who acted (only the role).';

/** The name behind a recorded actor, read now (`actorName` beside an `actor`). */
export const actorNameField = <Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  actorOf: (parent: Parent) => string | null,
  description: string = ACTOR_NAME_DESCRIPTION,
) =>
  t.string({
    nullable: true,
    description,
    resolve: (parent, _args, { actorNames }) => actorNameOf(actorOf(parent), actorNames),
  });

interface ActorShape {
  readonly id: string;
  readonly name: string | null;
}

const ActorType = builder.objectRef<ActorShape>('Actor').implement({
  description:
    'Someone who changed something: the actor as events record it, with the name of the token behind it.',
  fields: (t) => ({
    id: t.exposeString('id', {
      description:
        'The actor exactly as `Event.actor` records it (e.g. `token:03de1dfc4398`): pass it to `events(actor: …)`.',
    }),
    name: t.exposeString('name', { nullable: true, description: ACTOR_NAME_DESCRIPTION }),
  }),
});

builder.queryField('actors', (t) =>
  t.field({
    type: [ActorType],
    description:
      'Everyone who changed something, once each, sorted by name (those without one last), then by id: for an `events(actor: …)` filter. Empty for partners and anonymous callers: they learn no actor identifiers (no token ids, no names), only the role an event was written in. The team of some processes only: those who acted on items of those processes.',
    resolve: async (_root, _args, { database, scope, actorNames, locale }) => {
      if (publicOnlyIn(scope)) return [];
      const ids = await eventActors(database, scope);
      const names = await Promise.all(ids.map((id) => actorNames.load(id)));
      const collator = new Intl.Collator(locale);
      return ids
        .map((id, index): ActorShape => ({ id, name: names[index] ?? null }))
        .sort(
          (a, b) =>
            (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) ||
            collator.compare(a.name ?? '', b.name ?? '') ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
    },
  }),
);
