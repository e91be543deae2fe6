import { checkEmail, DomainError } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';
import type { Locale } from '../http/locale.js';
import { createTokenBuckets } from '../http/token-bucket.js';
import { enqueueMail } from '../mail/index.js';
import { newSecret, secretHash } from '../people/secrets.js';
import { headPosition } from '../webhooks/index.js';
import { confirmFollowLink } from './links.js';
import { confirmFollowMail } from './mails.js';
import {
  activateFollow,
  deleteFollow,
  deleteFollower,
  type Follow,
  type Follower,
  type FollowerKey,
  type FollowMode,
  findFollow,
  findFollower,
  followsOf,
  insertFollower,
  setFollowerSettings,
  upsertFollow,
} from './store.js';

/** How long the mailed link confirms a follow (as a submission's). */
export const FOLLOW_CONFIRMATION_VALID_MS = 72 * 60 * 60 * 1000;

/** What is followed: an item or an action field, checked to exist (and be visible) by the caller. */
export interface FollowTarget {
  readonly kind: string;
  readonly id: string;
  readonly title: string;
}

export interface FollowsDependencies {
  readonly database: Database;
  readonly now: () => string;
  readonly newId: () => string;
  readonly timeZone: string;
  /** The web app's address: links in mails point there (config: FAHRPLAN_PUBLIC_URL). */
  readonly publicUrl: string;
  /** Follow requests a minute per client address (per API process): each one sends a mail. */
  readonly perAddressPerMinute: number;
  readonly nowMs?: () => number;
}

/** Too many follow requests from one address. */
export class FollowRateLimited extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many follow requests from this address; retry after ${retryAfterSeconds} s`);
  }
}

const bad = (field: string, de: string, en: string) =>
  new DomainError('BAD_USER_INPUT', { de, en }, { field });
const notFound = (field: string, de: string, en: string) =>
  new DomainError('NOT_FOUND', { de, en }, { field });

const noFollower = () =>
  notFound(
    'token',
    'Dieser Link ist ungültig oder abbestellt.',
    'This link is invalid or was unsubscribed.',
  );

/**
 * Follows and their settings: members from their session (their account's address), anyone else
 * by e-mail with double opt-in. Kept beside the log, not in it: the address is erasable by
 * deleting a row (unsubscribe) and never touches the hashed events.
 */
export const createFollows = (deps: FollowsDependencies) => {
  const { database, now, newId, timeZone, publicUrl } = deps;
  const buckets = createTokenBuckets(deps.nowMs ?? Date.now);

  const followerOrFail = async (key: FollowerKey): Promise<Follower> => {
    const follower = await findFollower(database, key);
    if (!follower) throw noFollower();
    return follower;
  };

  /** Anyone's follow by e-mail: pending until the mailed link confirms it. */
  const request = async (
    input: { target: FollowTarget; email: string; consent: boolean; locale: Locale },
    address: string,
  ): Promise<{ confirmBy: string }> => {
    const email = input.email.trim();
    if (email === '') {
      throw bad('email', 'Bitte geben Sie Ihre E-Mail-Adresse an.', 'Please give your e-mail.');
    }
    const invalid = checkEmail('email', email);
    if (invalid) throw invalid;
    if (input.consent !== true) {
      throw bad(
        'consent',
        'Ohne Einwilligung in die Datenschutzhinweise können wir Ihnen nichts senden.',
        'Without consent to the privacy notice we cannot send you anything.',
      );
    }
    const taken = buckets.take(`follow:${address}`, deps.perAddressPerMinute);
    if (!taken.allowed) throw new FollowRateLimited(taken.retryAfterSeconds);
    const at = now();
    const confirmBy = new Date(Date.parse(at) + FOLLOW_CONFIRMATION_VALID_MS).toISOString();
    const token = newSecret();
    await database.transaction(async (tx) => {
      const follower =
        (await findFollower(tx, { email })) ??
        (await insertFollower(tx, {
          id: newId(),
          userId: null,
          email,
          language: input.locale,
          mode: 'immediate',
          manageToken: newSecret(),
          now: at,
        }));
      const follow = await upsertFollow(tx, {
        id: newId(),
        followerId: follower.id,
        targetKind: input.target.kind,
        targetId: input.target.id,
        status: 'pending',
        source: 'public',
        confirmationHash: secretHash(token),
        confirmBy,
        fromPosition: 0,
        now: at,
      });
      // Already confirmed: nothing to mail, and the answer does not tell who follows what.
      if (follow.status === 'active') return;
      await enqueueMail(tx, {
        kind: 'follow.confirm',
        to: email,
        subjectId: follower.id,
        now: at,
        ...confirmFollowMail(input.locale, {
          title: input.target.title,
          link: confirmFollowLink(publicUrl, follow.id, token),
          confirmBy,
          timeZone,
        }),
      });
    });
    return { confirmBy };
  };

  /** The link from the mail was followed: the follow counts from now on. */
  const confirm = async (followId: string, token: string): Promise<Follow> => {
    const follow = await findFollow(database, followId);
    const valid =
      follow !== undefined &&
      (follow.status === 'active' ||
        (follow.confirmationHash === secretHash(token) &&
          follow.confirmBy !== null &&
          follow.confirmBy >= now()));
    if (!follow || !valid) {
      throw bad(
        'token',
        'Der Bestätigungslink ist ungültig oder abgelaufen; bitte folgen Sie erneut.',
        'The confirmation link is invalid or expired; please follow again.',
      );
    }
    if (follow.status === 'pending') {
      await activateFollow(database, follow.id, await headPosition(database));
    }
    return { ...follow, status: 'active' };
  };

  /** A signed-in member follows at once, with their account's address. */
  const followAsMember = async (
    member: { userId: string; locale: Locale },
    target: FollowTarget,
  ): Promise<Follow> => {
    const at = now();
    return database.transaction(async (tx) => {
      const follower = await insertFollower(tx, {
        id: newId(),
        userId: member.userId,
        email: null,
        language: member.locale,
        mode: 'immediate',
        manageToken: newSecret(),
        now: at,
      });
      return upsertFollow(tx, {
        id: newId(),
        followerId: follower.id,
        targetKind: target.kind,
        targetId: target.id,
        status: 'active',
        source: 'member',
        confirmationHash: null,
        confirmBy: null,
        fromPosition: await headPosition(tx),
        now: at,
      });
    });
  };

  const unfollow = async (key: FollowerKey, followId: string): Promise<void> => {
    const follower = await followerOrFail(key);
    const follow = await findFollow(database, followId);
    if (!follow || follow.followerId !== follower.id) {
      throw notFound('followId', 'Diesem Eintrag folgen Sie nicht.', 'You do not follow this.');
    }
    await database.transaction((tx) => deleteFollow(tx, follow));
  };

  const configure = async (
    key: FollowerKey,
    settings: { mode?: FollowMode; language?: Locale },
  ): Promise<void> => {
    const follower = await followerOrFail(key);
    await setFollowerSettings(database, follower.id, settings);
  };

  /** One click: every follow, the address and whatever still waits to be sent to it. */
  const unsubscribe = async (token: string): Promise<boolean> => {
    const follower = await findFollower(database, { token });
    if (!follower) return false;
    await database.transaction(async (tx) => {
      await tx.rows(
        sql`DELETE FROM mail_outbox WHERE subject_id = ${follower.id} AND status = 'pending'`,
      );
      await deleteFollower(tx, follower.id);
    });
    return true;
  };

  /** A follower's settings and follows (none yet for a member who never followed). */
  const settingsOf = async (key: FollowerKey) => {
    const follower = await findFollower(database, key);
    return follower && { follower, follows: await followsOf(database, follower.id) };
  };

  return { request, confirm, followAsMember, unfollow, configure, unsubscribe, settingsOf };
};

export type Follows = ReturnType<typeof createFollows>;
