import { type ParticipantCounts, type ParticipantCountsInput, SECTORS } from '@fahrplan/domain';
import { builder } from '../../builder.js';

export const ParticipantCountsType = builder
  .objectRef<ParticipantCounts>('ParticipantCounts')
  .implement({
    description: 'Head counts per sector (Teilnehmende je Akteursgruppe); not personal data.',
    fields: (t) => ({
      industry: t.exposeInt('industry', { description: 'From industry (Wirtschaft).' }),
      science: t.exposeInt('science', { description: 'From science (Wissenschaft).' }),
      society: t.exposeInt('society', { description: 'From society (Gesellschaft).' }),
      administration: t.exposeInt('administration', {
        description: 'From administration (Verwaltung).',
      }),
      total: t.int({
        description: 'All sectors together.',
        resolve: (counts) =>
          counts.industry + counts.science + counts.society + counts.administration,
      }),
    }),
  });

export const ParticipantCountsInputType = builder.inputType('ParticipantCountsInput', {
  description:
    'Head counts per sector (0–100,000 each); a sector left out keeps its current count (0 at first).',
  fields: (t) => ({
    industry: t.int({ required: false, description: 'From industry (Wirtschaft).' }),
    science: t.int({ required: false, description: 'From science (Wissenschaft).' }),
    society: t.int({ required: false, description: 'From society (Gesellschaft).' }),
    administration: t.int({ required: false, description: 'From administration (Verwaltung).' }),
  }),
});

interface CountsInput {
  readonly industry?: number | null;
  readonly science?: number | null;
  readonly society?: number | null;
  readonly administration?: number | null;
}

/** The given counts without the nulls GraphQL sends for sectors left out. */
export const countsOf = (
  input: CountsInput | null | undefined,
): ParticipantCountsInput | undefined => {
  if (input == null) return undefined;
  const given: Partial<Record<(typeof SECTORS)[number], number>> = {};
  for (const sector of SECTORS) {
    const count = input[sector];
    if (count != null) given[sector] = count;
  }
  return given;
};
