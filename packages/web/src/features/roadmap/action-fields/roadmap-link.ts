import { useHrefWithAsOf } from '../../../as-of/as-of.js';
import { ACTION_FIELD_PARAM } from '../roadmap-params.js';

/** The roadmap showing only one action field's lane, at the same "Stand vom" date. */
export const useRoadmapHref = (): ((actionFieldId: string) => string) => {
  const href = useHrefWithAsOf();
  return (actionFieldId) => {
    const base = href('/');
    const separator = base.includes('?') ? '&' : '?';
    return `${base}${separator}${ACTION_FIELD_PARAM}=${encodeURIComponent(actionFieldId)}`;
  };
};
