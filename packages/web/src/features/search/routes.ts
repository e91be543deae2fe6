import type { FeatureRoute } from '../../app/feature-route.js';
import { SEARCH_PATH } from './search-href.js';
import { SearchPage } from './search-page.js';

export const searchRoutes: readonly FeatureRoute[] = [{ path: SEARCH_PATH, component: SearchPage }];
