import { type Command, everyOf } from '../shared/index.js';

type Target = { readonly guidelineId: string };

export type DraftGuideline = Command<
  'DraftGuideline',
  Target & {
    readonly title: string;
    /** The text of the strategic line. */
    readonly body: string;
    readonly actionFieldIds: readonly string[];
  }
>;

/** A content edit: only the fields given change. Revising a published text reopens it as draft. */
export type ReviseGuideline = Command<
  'ReviseGuideline',
  Target & {
    readonly title?: string;
    readonly body?: string;
    readonly actionFieldIds?: readonly string[];
  }
>;

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
