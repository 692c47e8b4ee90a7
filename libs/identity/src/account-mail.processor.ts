import { Injectable } from '@nestjs/common';
import { EnvironmentVariables } from '@app/config';
import { AccountTexts, Mailer, type AccountMail } from '@app/notifications';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';
import { AccountTokenService } from './account-token.service';
import { PASSWORD_RESET_TTL_MS } from './account.service';
import { EMAIL_VERIFICATION_TTL_MS } from './auth.service';
import { AccountTokenPurpose } from './entities/account-token.entity';

// Per purpose: the web app's page that takes the token, and the mail around the link.
const LINKS: Record<
  AccountTokenPurpose,
  { path: string; mail: (name: string, link: string) => AccountMail }
> = {
  [AccountTokenPurpose.PASSWORD_RESET]: {
    path: 'wachtwoord-herstellen',
    mail: (name, link) => AccountTexts.passwordReset(name, link, PASSWORD_RESET_TTL_MS / 60_000),
  },
  [AccountTokenPurpose.EMAIL_VERIFICATION]: {
    path: 'e-mail-bevestigen',
    mail: (name, link) => AccountTexts.emailVerification(name, link, EMAIL_VERIFICATION_TTL_MS / 86_400_000),
  },
};

/** The account e-mails the worker sends; each re-reads its token and skips one that no longer works. */
@Injectable()
export class AccountMailProcessor {
  constructor(
    private readonly tokens: AccountTokenService,
    private readonly mailer: Mailer,
    private readonly env: EnvironmentVariables,
  ) {}

  // The token is made here, as the mail is sent, and only its hash is stored (the job carries ids only). A mail
  // whose token row was replaced, spent or mailed already is skipped, so a retry after a crash between sending and
  // marking sends at most one mail twice (and only the second one's link works).
  @JobHandler(JobName.SendPasswordReset)
  async sendPasswordReset(payload: JobPayloads[JobName.SendPasswordReset]): Promise<'sent' | 'skipped'> {
    const recipient = await this.tokens.mint(payload.tokenId, payload.token);
    if (!recipient) return 'skipped';
    const { path, mail } = LINKS[recipient.purpose];
    const link = `${this.env.PUBLIC_URL.replace(/\/+$/, '')}/${path}?${new URLSearchParams({
      token: recipient.token,
    }).toString()}`;
    const text =
      payload.notice === 'signUpAttempt' && recipient.purpose === AccountTokenPurpose.PASSWORD_RESET
        ? AccountTexts.signUpAttempt(
            recipient.name,
            `${this.env.PUBLIC_URL.replace(/\/+$/, '')}/inloggen`,
            link,
            PASSWORD_RESET_TTL_MS / 60_000,
          )
        : mail(recipient.name, link);
    await this.mailer.send({ to: recipient.email, ...text });
    await this.tokens.markMailed(payload.tokenId);
    return 'sent';
  }
}
