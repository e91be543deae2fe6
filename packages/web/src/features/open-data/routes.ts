import type { FeatureRoute } from '../../app/feature-route.js';
import { OpenDataPage } from './open-data-page.js';

export const openDataRoutes: readonly FeatureRoute[] = [
  { path: '/offene-daten', component: OpenDataPage },
];
