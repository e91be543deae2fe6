import type { FeatureRoute } from '../../app/feature-route.js';
import { ChangesScreen } from './changes-screen.js';

export const changesRoutes: readonly FeatureRoute[] = [
  { path: '/changes', component: ChangesScreen },
];
