import { type Sector, sectorLabels } from '@fahrplan/domain';
import { builder } from '../builder.js';

const describe = (sector: Sector) => {
  const label = sectorLabels[sector];
  return `${label.en} (${label.de}).`;
};

/**
 * Akteursgruppe: where input comes from. GraphQL names are upper case; resolvers and inputs see
 * the domain's values (`'industry' | 'science' | 'society' | 'administration'`).
 */
export const SectorEnum = builder.enumType('Sector', {
  description: 'Where input comes from (Akteursgruppe).',
  values: {
    INDUSTRY: { value: 'industry', description: describe('industry') },
    SCIENCE: { value: 'science', description: describe('science') },
    SOCIETY: { value: 'society', description: describe('society') },
    ADMINISTRATION: { value: 'administration', description: describe('administration') },
  } as const,
});
