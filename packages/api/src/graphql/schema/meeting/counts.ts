import {
  type ParticipantCounts,
  type ParticipantCountsInput,
  SECTORS,
  type Sector,
  sectorLabels,
} from '@fahrplan/domain';
import type { InputFieldRef } from '@pothos/core';
import { builder, type Types } from '../../builder.js';
import { compact } from '../../command-mutation.js';

/** A sector's count, e.g. `From industry (Wirtschaft).` */
const fromSector = (sector: Sector) =>
  `From ${sectorLabels[sector].en.toLowerCase()} (${sectorLabels[sector].de}).`;

export const ParticipantCountsType = builder
  .objectRef<ParticipantCounts>('ParticipantCounts')
  .implement({
    description: 'Head counts per sector (Teilnehmende je Akteursgruppe); not personal data.',
    fields: (t) => ({
      ...Object.fromEntries(
        SECTORS.map((sector) => [sector, t.exposeInt(sector, { description: fromSector(sector) })]),
      ),
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
  // One optional count per sector, as the domain lists them.
  fields: (t) =>
    Object.fromEntries(
      SECTORS.map((sector) => [
        sector,
        t.int({ required: false, description: fromSector(sector) }),
      ]),
    ) as Record<Sector, InputFieldRef<Types, number | null | undefined>>,
});

/** The given counts without the nulls GraphQL sends for sectors left out. */
export const countsOf = (
  input: Partial<Record<Sector, number | null>> | null | undefined,
): ParticipantCountsInput | undefined => (input == null ? undefined : compact(input));
