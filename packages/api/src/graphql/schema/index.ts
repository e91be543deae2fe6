import { builder } from '../builder.js';
import { withRoleSentences } from '../command-mutation.js';
import './scalars.js';
import './date-scalar.js';
import './enums.js';
import './history.js';
import './provenance.js';
import './item.js';
import './history/change-items.js';
import './node.js';
import './action-field.js';
import './meeting.js';
import './suggestion.js';
import './recommendation.js';
import './guideline.js';
import './project-idea.js';
import './measure.js';
import './indicator.js';
import './reporting-cycle.js';
import './lagebild.js';
import './process.js';
import './roadmap.js';
import './events.js';
import './event-payload/index.js';
import './events-feed.js';
import './actors.js';
import './changes.js';
import './viewer.js';
import './installation.js';
import './subscription.js';
import './audit.js';
import './checkpoints.js';
import './privacy.js';
import './people.js';
import './search.js';
import './webhook/mutations.js';
import './consultation/mutations.js';
import './consultation/queries.js';
import './follow/mutations.js';
import './follow/queries.js';

builder.queryType({
  description:
    'Read the strategy process: lists, items, roadmap, history, provenance, the event feed.',
});
builder.mutationType({
  description: 'Change the strategy process: one mutation per domain command.',
});

// Mutation descriptions say what a command does; who may run it comes from the permission table.
export const schema = withRoleSentences(builder.toSchema({ sortSchema: true }));
