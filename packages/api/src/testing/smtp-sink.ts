import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** What the test server answers to a recipient: accept, refuse for good (5xx), or for now (4xx). */
export type SinkMode = 'accept' | 'refuse' | 'defer';

export interface SmtpSink {
  readonly url: string;
  readonly port: number;
  /** Every mail accepted so far, parsed. */
  readonly received: ParsedMail[];
  mode: SinkMode;
  /** Resolves once `count` mails have arrived (polling; no timing assumptions). */
  waitFor(count: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on a free port (no TLS, no auth): the peer mail tests talk to. */
export const startSmtpSink = async (port = 0): Promise<SmtpSink> => {
  const received: ParsedMail[] = [];
  const sink = { mode: 'accept' as SinkMode };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (_address, _session, callback) => {
      if (sink.mode === 'accept') return callback();
      const refusal = sink.mode === 'refuse' ? 550 : 451;
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: refusal }));
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    received,
    waitFor: async (count: number) => {
      while (received.length < count) await new Promise((resolve) => setTimeout(resolve, 20));
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
};
