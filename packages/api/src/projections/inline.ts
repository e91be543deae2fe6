import type { InlineProjection } from '../event-store/index.js';
import { itemProjection } from './item-projection.js';

/** The projections that commit with every append: the API's, and the bulk path's alike. */
export const INLINE_PROJECTIONS: readonly InlineProjection[] = [itemProjection];
