import type { FeatureRoute } from '../../app/feature-route.js';
import { MeasurePage } from './measure-page.js';
import { MeasuresPage } from './measures-page.js';

export const measuresRoutes: readonly FeatureRoute[] = [
  { path: '/measures', component: MeasuresPage },
  { path: '/measures/:id', component: MeasurePage },
];
