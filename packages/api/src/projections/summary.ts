/** The columns lists filter and search on, read off any aggregate's state. */
export interface ItemSummary {
  readonly status: string;
  readonly title: string;
  readonly actionFieldIds: string[];
  /** Everything worth finding by full-text search. */
  readonly text: string;
}

const TEXT_FIELDS = ['title', 'body', 'text', 'description', 'summary', 'owner', 'place'] as const;

const stringAt = (state: Record<string, unknown>, key: string): string | undefined => {
  const value = state[key];
  return typeof value === 'string' ? value : undefined;
};

export const summarize = (state: unknown): ItemSummary => {
  const record = (typeof state === 'object' && state !== null ? state : {}) as Record<
    string,
    unknown
  >;
  // A consultation names one action field, or its meeting's fields: it belongs where they do.
  const fields = record.actionFieldIds ?? (record.actionFieldId ? [record.actionFieldId] : []);
  // A suggestion may have no title: its text stands in, shortened.
  const title = stringAt(record, 'title') ?? stringAt(record, 'text')?.slice(0, 200) ?? '';
  return {
    status: stringAt(record, 'status') ?? 'empty',
    title,
    actionFieldIds: Array.isArray(fields) ? fields.filter((id) => typeof id === 'string') : [],
    text: TEXT_FIELDS.flatMap((key) => stringAt(record, key) ?? []).join('\n'),
  };
};
