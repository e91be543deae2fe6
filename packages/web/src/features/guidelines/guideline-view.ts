/** What the page needs to tell the current text from the published one. */
export interface GuidelineText {
  readonly title: string;
  readonly body: string;
  readonly published: {
    readonly version: number;
    readonly title: string;
    readonly body: string;
  } | null;
}

/**
 * How the texts read: one text (published as version n, or never published), or a draft
 * revision ahead of the version that still applies.
 */
export type TextView =
  | { readonly kind: 'single'; readonly version: number | null }
  | { readonly kind: 'draftAhead'; readonly version: number };

export const textView = (guideline: GuidelineText): TextView => {
  const { published } = guideline;
  if (published === null) return { kind: 'single', version: null };
  const differs = published.title !== guideline.title || published.body !== guideline.body;
  return differs
    ? { kind: 'draftAhead', version: published.version }
    : { kind: 'single', version: published.version };
};

export type GuidelineAction = 'revise' | 'publish' | 'retire';

/** Per action: the mutation and the statuses the domain accepts it in (guideline/decide.ts). */
const RULES: Readonly<Record<GuidelineAction, { mutation: string; statuses: readonly string[] }>> =
  {
    publish: { mutation: 'publishGuideline', statuses: ['draft'] },
    revise: { mutation: 'reviseGuideline', statuses: ['draft', 'published'] },
    retire: { mutation: 'retireGuideline', statuses: ['draft', 'published'] },
  };

/** The actions the viewer may take on a guideline in this status, in button order. */
export const guidelineActions = (
  status: string,
  can: (mutation: string) => boolean,
  historical: boolean,
): GuidelineAction[] =>
  historical
    ? []
    : (['publish', 'revise', 'retire'] as const).filter(
        (action) => RULES[action].statuses.includes(status) && can(RULES[action].mutation),
      );
