import type { FeatureRoute } from '../../app/feature-route.js';
import { GuidelinePage } from './guideline-page.js';
import { GuidelinesPage } from './guidelines-page.js';

export const guidelinesRoutes: readonly FeatureRoute[] = [
  { path: '/guidelines', component: GuidelinesPage },
  { path: '/guidelines/:id', component: GuidelinePage },
];
