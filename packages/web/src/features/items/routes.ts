import type { FeatureRoute } from '../../app/feature-route.js';
import { ItemRedirect } from './item-redirect.js';

export const itemsRoutes: readonly FeatureRoute[] = [
  { path: '/items/:id', component: ItemRedirect },
];
