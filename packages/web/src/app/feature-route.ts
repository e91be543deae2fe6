import type { ComponentType } from 'react';

/** A screen a feature contributes: its path pattern (wouter syntax) and component. */
export interface FeatureRoute {
  readonly path: string;
  readonly component: ComponentType;
}
