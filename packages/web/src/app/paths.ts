/** Where each kind of item has its page; provenance graphs and lists link through here. */
const ITEM_PATHS: Readonly<Record<string, string>> = {
  ActionField: '/action-fields',
  Meeting: '/meetings',
  Suggestion: '/suggestions',
  Recommendation: '/recommendations',
  Guideline: '/guidelines',
  ProjectIdea: '/project-ideas',
  Measure: '/measures',
};

export const itemPath = (kind: string, id: string): string =>
  `${ITEM_PATHS[kind] ?? '/items'}/${encodeURIComponent(id)}`;

/** The kind a global id names: ids are base64 of "Kind:uuid" (Relay's global object ids). */
export const kindOfGlobalId = (id: string): string | null => {
  try {
    const decoded = atob(id);
    const separator = decoded.indexOf(':');
    return separator > 0 ? decoded.slice(0, separator) : null;
  } catch {
    return null;
  }
};
