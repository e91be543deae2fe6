import type { FeatureRoute } from '../../app/feature-route.js';
import { PeopleScreen } from './people-screen.js';

/** At the top level, not within a process: people and their roles are the installation's. */
export const peopleRoutes: readonly FeatureRoute[] = [
  { path: '/personen', component: PeopleScreen },
];
