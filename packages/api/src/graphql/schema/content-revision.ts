import type { InputFieldBuilder } from '../command-mutation.js';
import { ActionFieldType } from './refs.js';

/** The text fields a guideline or a recommendation is drafted with (or a split part). */
export const contentFields = (t: InputFieldBuilder) => ({
  title: t.string({ required: true, description: 'Title, at most 200 characters.' }),
  body: t.string({ required: true, description: 'The text, at most 20,000 characters.' }),
});

/** The text fields an edit of a guideline or a recommendation may change; the rest stays. */
export const contentRevisionFields = (t: InputFieldBuilder) => ({
  title: t.string({ required: false, description: 'A new title.' }),
  body: t.string({ required: false, description: 'A new text.' }),
  actionFieldIds: t.globalIDList({
    required: false,
    for: ActionFieldType,
    description: 'The new set of action fields (replaces the old one).',
  }),
});

/** Those fields as command data: left out where not given. */
export const contentRevisionOf = (input: {
  title?: string | null;
  body?: string | null;
  actionFieldIds?: readonly { id: string }[] | null;
}) => ({
  title: input.title ?? undefined,
  body: input.body ?? undefined,
  actionFieldIds: input.actionFieldIds?.map((ref) => ref.id),
});
