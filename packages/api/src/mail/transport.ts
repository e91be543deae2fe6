import nodemailer from 'nodemailer';
import type { MailSettings } from './settings.js';

/** What the worker hands the transport: one outbox row, addressed. */
export interface MailMessage {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly unsubscribeUrl?: string;
}

/** A refusal the transport understood: `permanent` (SMTP 5xx) is not worth another try. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** nodemailer's errors carry the server's reply code, or a socket code when none answered. */
const failureOf = (error: unknown): MailSendError => {
  const { responseCode, code, message } = error as {
    responseCode?: number;
    code?: string;
    message?: string;
  };
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
  const reason = responseCode ? `SMTP ${responseCode}` : (code ?? 'error');
  // Only the first line: a server's reply may echo the address, which must not linger in logs.
  return new MailSendError(`${reason}: ${(message ?? '').split('\n')[0]}`.slice(0, 500), permanent);
};

/**
 * SMTP by nodemailer from FAHRPLAN_SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`).
 * Bounded waits, so a hung server costs an attempt, not the worker. Notifications carry the
 * one-click unsubscribe of RFC 8058; the Message-ID is the outbox row's, so a mail delivered twice
 * after a crash is recognisably the same mail.
 */
export const smtpTransport = (settings: MailSettings): MailTransport => {
  const transporter = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
  });
  const domain = settings.from.replace(/^.*@/, '').replace(/>.*$/, '');
  return {
    send: async (message) => {
      try {
        await transporter.sendMail({
          from: settings.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: `<${message.id}@${domain}>`,
          ...(message.unsubscribeUrl
            ? {
                headers: {
                  'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
                  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                },
              }
            : {}),
        });
      } catch (error) {
        throw failureOf(error);
      }
    },
    close: () => transporter.close(),
  };
};
