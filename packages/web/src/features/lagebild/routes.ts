import type { FeatureRoute } from '../../app/feature-route.js';
import { BulkValuesPage } from './bulk-values-page.js';
import { LagebildPage } from './lagebild-page.js';

export const lagebildRoutes: readonly FeatureRoute[] = [
  { path: '/lagebild', component: LagebildPage },
  { path: '/lagebild/werte', component: BulkValuesPage },
];
