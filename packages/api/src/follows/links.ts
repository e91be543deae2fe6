import { encodeGlobalID } from '@pothos/plugin-relay';

/** Where each kind of item has its page in the web app (web: `app/paths.ts`). */
const ITEM_PATHS: Readonly<Record<string, string>> = {
  ActionField: '/action-fields',
  Meeting: '/meetings',
  Suggestion: '/suggestions',
  Recommendation: '/recommendations',
  Guideline: '/guidelines',
  ProjectIdea: '/project-ideas',
  Measure: '/measures',
};

export const itemLink = (publicUrl: string, kind: string, id: string): string =>
  `${publicUrl}${ITEM_PATHS[kind] ?? '/items'}/${encodeURIComponent(encodeGlobalID(kind, id))}`;

/**
 * The double opt-in link: the token travels in the fragment (as a submission's), so no server
 * log or Referer sees it.
 */
export const confirmFollowLink = (publicUrl: string, followId: string, token: string): string =>
  `${publicUrl}/benachrichtigungen/bestaetigen#${followId}.${token}`;

/** The settings page, opened with the follower's token (fragment: it stays in the browser). */
export const settingsLink = (publicUrl: string, manageToken: string): string =>
  `${publicUrl}/benachrichtigungen#${manageToken}`;

/**
 * RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` here, without a login; a
 * person opening it gets the web app's unsubscribe page (a button, so link scanners unsubscribe
 * no one). The token must be in the path: a POST carries nothing else.
 */
export const unsubscribeLink = (publicUrl: string, manageToken: string): string =>
  `${publicUrl}/benachrichtigungen/abmelden/${manageToken}`;
