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
