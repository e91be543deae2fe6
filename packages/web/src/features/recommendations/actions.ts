import type { BoardStatus } from './board-columns.js';

/** What can be done to a recommendation from its page. */
export type RecommendationAction =
  | 'revise'
  | 'submit'
  | 'returnToDraft'
  | 'prioritise'
  | 'adopt'
  | 'reject'
  | 'withdraw'
  | 'merge'
  | 'linkSuggestion'
  | 'unlinkSuggestion'
  | 'assignGuideline'
  | 'unassignGuideline';

const OPEN = ['draft', 'in_review', 'prioritised'] as const;

/**
 * Per action: the API mutation (the viewer's permissions name them) and the statuses the
 * domain accepts it in (recommendation/decide-*.ts), so the page offers only what can succeed.
 */
const RULES: Readonly<
  Record<RecommendationAction, { mutation: string; statuses: readonly BoardStatus[] }>
> = {
  revise: { mutation: 'reviseRecommendation', statuses: OPEN },
  submit: { mutation: 'submitRecommendationForReview', statuses: ['draft'] },
  returnToDraft: { mutation: 'returnRecommendationToDraft', statuses: ['in_review'] },
  prioritise: { mutation: 'prioritiseRecommendation', statuses: ['in_review', 'prioritised'] },
  adopt: { mutation: 'adoptRecommendation', statuses: ['prioritised'] },
  reject: { mutation: 'rejectRecommendation', statuses: OPEN },
  withdraw: { mutation: 'withdrawRecommendation', statuses: OPEN },
  merge: { mutation: 'mergeRecommendation', statuses: OPEN },
  linkSuggestion: { mutation: 'linkSuggestion', statuses: OPEN },
  unlinkSuggestion: { mutation: 'unlinkSuggestion', statuses: OPEN },
  // Guidelines also gather adopted recommendations (decide-links.ts).
  assignGuideline: { mutation: 'assignToGuideline', statuses: [...OPEN, 'adopted'] },
  unassignGuideline: { mutation: 'unassignFromGuideline', statuses: [...OPEN, 'adopted'] },
};

type SectionAction =
  | 'linkSuggestion'
  | 'unlinkSuggestion'
  | 'assignGuideline'
  | 'unassignGuideline';
export type HeadAction = Exclude<RecommendationAction, SectionAction>;

/** The buttons in the page head, the next step forward first and the ending ones last. */
export const HEAD_ACTIONS: readonly HeadAction[] = [
  'submit',
  'prioritise',
  'adopt',
  'revise',
  'returnToDraft',
  'merge',
  'withdraw',
  'reject',
];

/** The actions that sit in the section they change (suggestions, guidelines). */
const SECTION_ACTIONS: readonly SectionAction[] = [
  'linkSuggestion',
  'unlinkSuggestion',
  'assignGuideline',
  'unassignGuideline',
];

/** The actions the viewer may take on a recommendation in this status (none in the past). */
export const availableActions = (
  status: string,
  can: (mutation: string) => boolean,
  historical: boolean,
): ReadonlySet<RecommendationAction> =>
  new Set(
    historical
      ? []
      : [...HEAD_ACTIONS, ...SECTION_ACTIONS].filter(
          (action) =>
            (RULES[action].statuses as readonly string[]).includes(status) &&
            can(RULES[action].mutation),
        ),
  );
