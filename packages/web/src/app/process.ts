import { useParams } from 'wouter';

/** Where a process's screens live: `/p/<slug>`, the base of every screen within it. */
export const processBase = (slug: string): string => `/p/${encodeURIComponent(slug)}`;

/**
 * The strategy process the address is in (`/p/<slug>/…`), or null outside one (the start page):
 * the one place screens learn it. Pass it as `process` to every list, roadmap, search, feed and
 * subscription, so a screen shows that process's items only (null reads every process).
 */
export const useProcessSlug = (): string | null => {
  const { process } = useParams<{ process?: string }>();
  return process ?? null;
};
