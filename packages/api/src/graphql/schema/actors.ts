import { eventActors } from '../../queries/actors.js';
import { builder } from '../builder.js';

builder.queryField('actors', (t) =>
  t.stringList({
    description:
      'Everyone who changed something, once each and sorted, as `Event.actor` names them: for an `events(actor: …)` filter. Partners get the actors of the events they may see.',
    resolve: (_root, _args, { database, publicOnly }) => eventActors(database, publicOnly),
  }),
);
