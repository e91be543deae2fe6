import { assertNever, type Existing, reasonAs } from '../shared/index.js';
import type { GuidelineEvent } from './events.js';

/** The text of a published version. */
export interface PublishedVersion {
  readonly version: number;
  readonly title: string;
  readonly body: string;
}

interface GuidelineBase {
  readonly guidelineId: string;
  readonly title: string;
  readonly body: string;
  readonly actionFieldIds: readonly string[];
  readonly draftedAt: string;
  /** The number of the last published version; 0 while never published. */
  readonly publishedVersion: number;
}

export type GuidelineState =
  | { readonly status: 'empty' }
  /** A first draft, or a published guideline under revision (`published` is its last version). */
  | (GuidelineBase & { readonly status: 'draft'; readonly published?: PublishedVersion })
  | (GuidelineBase & { readonly status: 'published'; readonly published: PublishedVersion })
  | (GuidelineBase & {
      readonly status: 'retired';
      readonly published?: PublishedVersion;
      readonly retiredAt: string;
      readonly reason?: string;
    });

export type GuidelineStatus = GuidelineState['status'];
export type ExistingGuideline = Existing<GuidelineState>;

export const GUIDELINE_STATUSES = [
  'draft',
  'published',
  'retired',
] as const satisfies readonly ExistingGuideline['status'][];

export const initialState: GuidelineState = { status: 'empty' };

const apply = (state: ExistingGuideline, event: GuidelineEvent): GuidelineState => {
  switch (event.type) {
    case 'GuidelineDrafted':
      return state;
    case 'GuidelineRevised': {
      if (state.status === 'retired') return state;
      const { title, body, actionFieldIds } = event.data;
      return {
        ...state,
        // An edit of a published text reopens it as draft; the published version stays readable.
        status: 'draft',
        ...(title === undefined ? {} : { title }),
        ...(body === undefined ? {} : { body }),
        ...(actionFieldIds === undefined ? {} : { actionFieldIds }),
      };
    }
    case 'GuidelinePublished': {
      if (state.status !== 'draft') return state;
      const { version, title, body } = event.data;
      const published = { version, title, body };
      return { ...state, status: 'published', publishedVersion: version, published };
    }
    case 'GuidelineRetired':
      return {
        ...state,
        status: 'retired',
        retiredAt: event.occurredAt,
        ...reasonAs('reason', event),
      };
    default:
      return assertNever(event);
  }
};

export const evolve = (state: GuidelineState, event: GuidelineEvent): GuidelineState => {
  if (state.status !== 'empty') return apply(state, event);
  if (event.type !== 'GuidelineDrafted') return state;
  const { guidelineId, title, body, actionFieldIds } = event.data;
  return {
    status: 'draft',
    guidelineId,
    title,
    body,
    actionFieldIds,
    draftedAt: event.occurredAt,
    publishedVersion: 0,
  };
};
