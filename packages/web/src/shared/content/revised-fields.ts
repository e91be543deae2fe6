/** The content a revise form edits (a recommendation's or a guideline's). */
export interface Content {
  readonly title: string;
  readonly body: string;
  readonly actionFieldIds: readonly string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/**
 * Only what the user changed against what the form started from: a revision sends only those
 * fields, so it never undoes what someone else changed in the meantime in another field.
 */
export const revisedFields = (
  initial: Content,
  edited: Content,
): { title?: string; body?: string; actionFieldIds?: string[] } => ({
  ...(edited.title.trim() === initial.title.trim() ? {} : { title: edited.title.trim() }),
  ...(edited.body.trim() === initial.body.trim() ? {} : { body: edited.body.trim() }),
  ...(sameSet(edited.actionFieldIds, initial.actionFieldIds)
    ? {}
    : { actionFieldIds: [...edited.actionFieldIds] }),
});

/**
 * After loading the new state in a conflict: fields the user left alone take the new values,
 * fields the user edited keep the input. The new state becomes what changes are measured against.
 */
export const rebaseContent = (
  initial: Content,
  edited: Content,
  latest: Content,
): { initial: Content; edited: Content } => ({
  initial: latest,
  edited: {
    title: edited.title === initial.title ? latest.title : edited.title,
    body: edited.body === initial.body ? latest.body : edited.body,
    actionFieldIds: sameSet(edited.actionFieldIds, initial.actionFieldIds)
      ? latest.actionFieldIds
      : edited.actionFieldIds,
  },
});
