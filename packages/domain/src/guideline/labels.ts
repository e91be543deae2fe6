import type { LocalizedMessage as Label } from '../shared/index.js';
import type { ExistingGuideline } from './state.js';

export const guidelineKindLabel: Label = {
  de: 'Strategische Leitlinie',
  en: 'Strategic guideline',
};

export const guidelineStatusLabels: Readonly<Record<ExistingGuideline['status'], Label>> = {
  draft: { de: 'Entwurf', en: 'Draft' },
  published: { de: 'Veröffentlicht', en: 'Published' },
  retired: { de: 'Außer Kraft', en: 'Retired' },
};
