/**
 * The mailed link's fragment, `#<submission id>.<token>` (a fragment never reaches a server
 * log), or null where it is cut short.
 */
export const linkParts = (hash: string): { submissionId: string; token: string } | null => {
  const fragment = hash.replace(/^#/, '');
  const dot = fragment.indexOf('.');
  if (dot <= 0 || dot === fragment.length - 1) return null;
  return { submissionId: fragment.slice(0, dot), token: fragment.slice(dot + 1) };
};

/** The consultation's global id, from the plain id the mailed link's path carries. */
export const consultationGlobalId = (id: string): string => btoa(`Consultation:${id}`);
