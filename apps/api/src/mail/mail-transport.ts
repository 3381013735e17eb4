import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../config/app-config';

/** A message ready to send; `messageId` is stable across retries. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** Hands a message to the mail server; resolves once the server accepted it. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** SMTP when SMTP_URL is set; otherwise each message becomes an .eml file under DATA_DIR/mail. */
export function createMailTransport(config: AppConfig): MailTransport {
  const from = config.mailFrom;
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport(config.smtpUrl);
    return { send: async (mail) => void (await smtp.sendMail({ from, ...mail })) };
  }
  const directory = join(config.dataDir, 'mail');
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const { message } = (await files.sendMail({ from, ...mail })) as { message: Buffer };
      await mkdir(directory, { recursive: true });
      const name = mail.messageId.replace(/[^A-Za-z0-9.@-]/g, '');
      await writeFile(
        join(directory, `${new Date().toISOString().replace(/[:.]/g, '')}-${name}.eml`),
        message,
      );
    },
  };
}
