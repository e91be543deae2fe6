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

/** The item's own id inside a global id, as plain HTTP routes (downloads, imports) take it. */
export const localIdOf = (id: string): string => {
  try {
    const decoded = atob(id);
    const separator = decoded.indexOf(':');
    return separator > 0 ? decoded.slice(separator + 1) : id;
  } catch {
    return id;
  }
};

/**
 * The screen to show in another process for an address within one: the same screen, except an
 * item's page, which leads to the list of its kind (the item belongs to the first process).
 * Suggestions have no list of their own: theirs is the meetings'.
 */
export const screenOf = (path: string): string => {
  const [, section = '', id] = path.split('/');
  if (!id) return path;
  let kind: string | null = null;
  try {
    kind = kindOfGlobalId(decodeURIComponent(id));
  } catch {
    return path;
  }
  if (kind === null || !(kind in ITEM_PATHS)) return path;
  return section === 'suggestions' ? (ITEM_PATHS.Meeting ?? '/') : `/${section}`;
};
