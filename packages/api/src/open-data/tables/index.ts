import type { Table } from '../columns.js';
import type { PublicData } from '../public-data.js';
import { actionFields, guidelines, recommendations } from './content.js';
import { indicators, indicatorValues, measures, milestones } from './measures.js';
import { meetings, projectIdeas, suggestions } from './participation.js';
import { phases, processes } from './process.js';
import { provenanceLinks } from './provenance.js';

/** Every file of a process's open data, in the order the dictionary and the page list them. */
export const TABLES: readonly Table<PublicData>[] = [
  processes,
  phases,
  actionFields,
  guidelines,
  recommendations,
  measures,
  milestones,
  indicators,
  indicatorValues,
  projectIdeas,
  meetings,
  suggestions,
  provenanceLinks,
];
