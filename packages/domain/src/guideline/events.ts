import { type DomainEvent, everyOf } from '../shared/index.js';
import type { DraftGuideline, ReviseGuideline } from './commands.js';

type Target = { readonly guidelineId: string };

export type GuidelineDrafted = DomainEvent<'GuidelineDrafted', DraftGuideline['data']>;

/**
 * Only the changed fields. A changed `actionFieldIds` travels with the list it replaced, so the
 * provenance edges it removes can be read off the event alone.
 */
export type GuidelineRevised = DomainEvent<
  'GuidelineRevised',
  ReviseGuideline['data'] & { readonly previousActionFieldIds?: readonly string[] }
>;

/** A numbered version (1, 2, …) with the text as published, readable after later edits. */
export type GuidelinePublished = DomainEvent<
  'GuidelinePublished',
  Target & { readonly version: number; readonly title: string; readonly body: string }
>;

export type GuidelineRetired = DomainEvent<'GuidelineRetired', Target>;

export type GuidelineEvent =
  | GuidelineDrafted
  | GuidelineRevised
  | GuidelinePublished
  | GuidelineRetired;

export const GUIDELINE_EVENT_TYPES = everyOf<GuidelineEvent['type']>()([
  'GuidelineDrafted',
  'GuidelineRevised',
  'GuidelinePublished',
  'GuidelineRetired',
]);
