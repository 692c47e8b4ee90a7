import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { EnvironmentVariables } from '@app/config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** SMTP adapter. Without `SMTP_URL` (development, tests) it logs the mail instead of sending it. */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | undefined;

  constructor(private readonly env: EnvironmentVariables) {
    this.transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) {
      this.logger.log({ msg: 'mail (not sent: no SMTP_URL)', to: mail.to, subject: mail.subject });
      return;
    }
    await this.transport.sendMail({ from: this.env.MAIL_FROM, ...mail });
  }
}
