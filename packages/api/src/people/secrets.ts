import { createHash, randomBytes } from 'node:crypto';

/** A fresh random secret for a cookie, a CSRF token or a set-up link (256 bits, URL-safe). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** How secrets are kept: only their SHA-256, so a database dump signs no one in. */
export const secretHash = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

/** The lookup key of an e-mail address: case and surrounding blanks do not matter. */
export const emailHash = (email: string): string => secretHash(email.trim().toLowerCase());
