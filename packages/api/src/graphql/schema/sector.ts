import { SECTORS, sectorLabels } from '@fahrplan/domain';
import { labelledEnum } from './labelled-enum.js';

/** Akteursgruppe: where input comes from (`'industry' | 'science' | 'society' | 'administration'`). */
export const SectorEnum = labelledEnum(
  'Sector',
  'Where input comes from (Akteursgruppe).',
  SECTORS,
  sectorLabels,
);
