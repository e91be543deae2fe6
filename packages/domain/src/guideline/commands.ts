import { type Command, type Content, everyOf } from '../shared/index.js';

type Target = { readonly guidelineId: string };

/** `body` is the text of the strategic line. */
export type DraftGuideline = Command<'DraftGuideline', Target & Content>;

/** A content edit: only the fields given change. Revising a published text reopens it as draft. */
export type ReviseGuideline = Command<'ReviseGuideline', Target & Partial<Content>>;

export type PublishGuideline = Command<'PublishGuideline', Target>;
export type RetireGuideline = Command<'RetireGuideline', Target>;

export type GuidelineCommand =
  | DraftGuideline
  | ReviseGuideline
  | PublishGuideline
  | RetireGuideline;

export const GUIDELINE_COMMAND_TYPES = everyOf<GuidelineCommand['type']>()([
  'DraftGuideline',
  'ReviseGuideline',
  'PublishGuideline',
  'RetireGuideline',
]);
