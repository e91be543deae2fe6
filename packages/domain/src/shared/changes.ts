import { type DomainError, isDomainError } from './errors.js';
import { type EventHeader, headerOf } from './events.js';
import { checkIds, sameIds } from './ids.js';
import type { CommandMetadata } from './types.js';
import { checkBody, checkTitle, firstError } from './validation.js';

type Texts<K extends string> = { readonly [key in K]?: string };

/** The texts given that differ from the current ones; one not given stays as it is. */
export const changedTexts = <K extends string>(
  keys: readonly K[],
  given: Texts<NoInfer<K>>,
  current: Texts<NoInfer<K>>,
): { [key in K]?: string } => {
  const changes: { [key in K]?: string } = {};
  for (const key of keys) {
    const value = given[key];
    if (value !== undefined && value !== current[key]) changes[key] = value;
  }
  return changes;
};

export interface ActionFieldChange {
  readonly actionFieldIds?: readonly string[];
  readonly previousActionFieldIds?: readonly string[];
}

/** New action fields with the ones they replace, when given and not the same set; else nothing. */
export const actionFieldChange = (
  given: readonly string[] | undefined,
  current: readonly string[],
): ActionFieldChange =>
  given === undefined || sameIds(given, current)
    ? {}
    : { actionFieldIds: given, previousActionFieldIds: current };

/** Title, body and action fields: what a draft holds and an edit may change. */
export interface Content {
  readonly title: string;
  readonly body: string;
  readonly actionFieldIds: readonly string[];
}

export interface ContentRules {
  /** How many action fields the content needs at least; none by default. */
  readonly minActionFields?: number;
}

/** A draft's title, body and action fields. */
export const checkContent = (
  { title, body, actionFieldIds }: Content,
  { minActionFields = 0 }: ContentRules = {},
): DomainError | undefined =>
  firstError(
    checkTitle('title', title),
    checkBody('body', body),
    checkIds('actionFieldIds', actionFieldIds, { min: minActionFields }),
  );

export type ContentChanges = Partial<Pick<Content, 'title' | 'body'>> & ActionFieldChange;

/** What an edit really changes: nothing (an empty object), the changed fields, or why it fails. */
const contentChanges = (
  edit: Partial<Content>,
  current: Content,
  rules: ContentRules,
): ContentChanges | DomainError =>
  firstError(
    edit.title === undefined ? undefined : checkTitle('title', edit.title),
    edit.body === undefined ? undefined : checkBody('body', edit.body),
    edit.actionFieldIds === undefined
      ? undefined
      : checkIds('actionFieldIds', edit.actionFieldIds, { min: rules.minActionFields ?? 0 }),
  ) ?? {
    ...changedTexts(['title', 'body'], edit, current),
    ...actionFieldChange(edit.actionFieldIds, current.actionFieldIds),
  };

/**
 * An edit of title, body and action fields: the one event `toEvent` makes of what really changes,
 * or none when nothing does (an edit that changes nothing records nothing).
 */
export const reviseContent = <E>(
  command: { readonly data: Partial<Content>; readonly metadata: CommandMetadata },
  current: Content,
  toEvent: (header: EventHeader, changes: ContentChanges) => E,
  rules: ContentRules = {},
): readonly E[] | DomainError => {
  const changes = contentChanges(command.data, current, rules);
  if (isDomainError(changes)) return changes;
  if (Object.keys(changes).length === 0) return [];
  const header = headerOf(command.metadata);
  return isDomainError(header) ? header : [toEvent(header, changes)];
};
