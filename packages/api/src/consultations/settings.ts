import { randomBytes } from 'node:crypto';

/** The ALTCHA proof of work (consultations/proof-of-work.ts). */
export interface ProofOfWorkSettings {
  /** HMAC secret, the same in every API process, so any of them verifies any challenge. */
  readonly secret: string;
  /** The work: the solver tries on average half this many hashes. */
  readonly maxCounter: number;
  /** How long a challenge may be solved and used (ms). */
  readonly validForMs: number;
}

/** Public submissions' spam protection: FAHRPLAN_ALTCHA_SECRET, FAHRPLAN_CONSULTATION_* (README). */
export interface ConsultationSettings {
  readonly proofOfWork: ProofOfWorkSettings;
  /** Submissions a minute per client address (per API process). */
  readonly perAddressPerMinute: number;
  /** Whether the ALTCHA secret was generated at start (not configured): one process only. */
  readonly generatedSecret: boolean;
}

/** About a second of a phone's work; a challenge may be solved and sent for 20 minutes. */
export const DEFAULT_PROOF_OF_WORK = { maxCounter: 100_000, validForMs: 20 * 60_000 } as const;

export const DEFAULT_PER_ADDRESS_PER_MINUTE = 3;

/**
 * Without a configured secret a random one is made at start: right for the embedded single-process
 * setup; several API processes need the same FAHRPLAN_ALTCHA_SECRET to verify each other's challenges.
 */
export const consultationSettings = (
  secret: string | undefined,
  perAddressPerMinute = DEFAULT_PER_ADDRESS_PER_MINUTE,
): ConsultationSettings => ({
  proofOfWork: {
    ...DEFAULT_PROOF_OF_WORK,
    secret: secret || randomBytes(32).toString('base64url'),
  },
  perAddressPerMinute,
  generatedSecret: !secret,
});
