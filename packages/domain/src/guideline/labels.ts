import { COMMON_LABELS, type LabelsOf } from '../shared/index.js';
import type { ExistingGuideline } from './state.js';

export const guidelineStatusLabels: LabelsOf<ExistingGuideline['status']> = {
  draft: COMMON_LABELS.draft,
  published: { de: 'Veröffentlicht', en: 'Published' },
  retired: { de: 'Außer Kraft', en: 'Retired' },
};
