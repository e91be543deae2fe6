export { deleteMailsOf, enqueueMail, type OutboundMail } from './outbox.js';
export { localTime, type MailBlock, type RenderedMail, renderMail } from './render.js';
export { type MailSettings, mailSettingsOf } from './settings.js';
export { MailSendError, type MailTransport, smtpTransport } from './transport.js';
export { createMailWorker, defaultBackoffMs, type MailPass, type MailWorker } from './worker.js';
