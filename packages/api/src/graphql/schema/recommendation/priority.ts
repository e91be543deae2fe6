import { type Priority, priorityLabels } from '@fahrplan/domain';
import { builder } from '../../builder.js';

const describe = (priority: Priority) => {
  const label = priorityLabels[priority];
  return `${label.en} (${label.de}).`;
};

/**
 * A recommendation's priority (Priorität). GraphQL names are upper case; resolvers and inputs
 * see the domain's values (`'high' | 'medium' | 'low'`).
 */
export const PriorityEnum = builder.enumType('Priority', {
  description: 'How urgent a recommendation is (Priorität), set when it is prioritised.',
  values: {
    HIGH: { value: 'high', description: describe('high') },
    MEDIUM: { value: 'medium', description: describe('medium') },
    LOW: { value: 'low', description: describe('low') },
  } as const,
});
