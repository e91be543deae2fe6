import { builder } from '../builder.js';
import { RecommendationConnection } from './connections.js';
import { listArgs, resolveItemPage } from './list.js';
import { GuidelineType, RecommendationType } from './refs.js';
import './recommendation/fields.js';
import './recommendation/content-mutations.js';
import './recommendation/lifecycle-mutations.js';
import './recommendation/adopt-split-mutations.js';
import './recommendation/link-mutations.js';
import { PriorityEnum } from './recommendation/priority.js';

builder.queryField('recommendations', (t) =>
  t.connection(
    {
      type: RecommendationType,
      description: 'Recommendations (Handlungsempfehlungen), by title.',
      args: {
        ...listArgs(t.arg, 'Recommendation'),
        guideline: t.arg.globalID({
          required: false,
          for: GuidelineType,
          description: 'Only recommendations assigned to this strategic guideline.',
        }),
        priority: t.arg({
          type: PriorityEnum,
          required: false,
          description: 'Only this priority.',
        }),
      },
      resolve: (_root, args, context) => {
        const stateContains = {
          ...(args.guideline ? { guidelineIds: [args.guideline.id] } : {}),
          ...(args.priority ? { priority: args.priority } : {}),
        };
        const filter = Object.keys(stateContains).length === 0 ? {} : { stateContains };
        return resolveItemPage(args, { kind: 'Recommendation', ...filter }, context);
      },
    },
    RecommendationConnection,
  ),
);
