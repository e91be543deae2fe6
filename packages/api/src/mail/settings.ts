/** How mail leaves the installation (README, "E-Mail"). No FAHRPLAN_SMTP_URL: no mail is sent. */
export interface MailSettings {
  /** FAHRPLAN_SMTP_URL: `smtp://user:password@host:587` (STARTTLS) or `smtps://host:465`. */
  readonly smtpUrl: string;
  /** FAHRPLAN_MAIL_FROM: `Fahrplan <beteiligung@example.org>`. */
  readonly from: string;
  /** FAHRPLAN_MAIL_MAX_ATTEMPTS (8): after that many temporary failures a mail is `failed`. */
  readonly maxAttempts: number;
  /** Connection, greeting and socket time-out of one attempt (ms). */
  readonly timeoutMs: number;
}

export const DEFAULT_MAIL_MAX_ATTEMPTS = 8;
export const DEFAULT_MAIL_TIMEOUT_MS = 20_000;

/** Reads the mail settings; undefined without FAHRPLAN_SMTP_URL. Throws on a half configuration. */
export const mailSettingsOf = (env: NodeJS.ProcessEnv): MailSettings | undefined => {
  const smtpUrl = env.FAHRPLAN_SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  if (!/^smtps?:\/\//.test(smtpUrl)) {
    throw new Error('FAHRPLAN_SMTP_URL must start with smtp:// or smtps://');
  }
  const from = env.FAHRPLAN_MAIL_FROM?.trim();
  if (!from || !/@[^\s@>]+>?$/.test(from)) {
    throw new Error('FAHRPLAN_MAIL_FROM is required with FAHRPLAN_SMTP_URL: a sender address');
  }
  const attempts = env.FAHRPLAN_MAIL_MAX_ATTEMPTS?.trim();
  const maxAttempts = attempts ? Number(attempts) : DEFAULT_MAIL_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`FAHRPLAN_MAIL_MAX_ATTEMPTS must be a whole number of at least 1`);
  }
  return {
    smtpUrl,
    from,
    maxAttempts,
    timeoutMs: DEFAULT_MAIL_TIMEOUT_MS,
  };
};
