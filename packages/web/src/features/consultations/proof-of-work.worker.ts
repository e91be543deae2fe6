/// <reference lib="webworker" />
import { solveChallenge } from 'altcha-lib';

/**
 * Solves an ALTCHA challenge off the main thread, so the form stays responsive. The library's
 * own `sha` key derivation uses `node:crypto`; this is the same derivation (SHA-256 of salt and
 * password, `cost` times) on the browser's Web Crypto.
 */
type Challenge = Parameters<typeof solveChallenge>[0]['challenge'];
type DeriveKey = Parameters<typeof solveChallenge>[0]['deriveKey'];

const DIGESTS: Readonly<Record<string, string>> = {
  'SHA-256': 'SHA-256',
  'SHA-384': 'SHA-384',
  'SHA-512': 'SHA-512',
};

const deriveKey: DeriveKey = async (parameters, salt, password) => {
  const digest = DIGESTS[parameters.algorithm];
  if (!digest) throw new Error(`unsupported algorithm ${parameters.algorithm}`);
  let data = new Uint8Array(salt.length + password.length);
  data.set(salt, 0);
  data.set(password, salt.length);
  for (let i = 0; i < Math.max(1, parameters.cost); i++) {
    data = new Uint8Array(await crypto.subtle.digest(digest, data));
  }
  return { parameters: {}, derivedKey: data.subarray(0, parameters.keyLength ?? 32) };
};

self.onmessage = async (message: MessageEvent<Challenge>) => {
  try {
    const solution = await solveChallenge({ challenge: message.data, deriveKey });
    self.postMessage({ solution });
  } catch {
    self.postMessage({ solution: null });
  }
};
