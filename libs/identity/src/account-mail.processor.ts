import { Injectable } from '@nestjs/common';
import { EnvironmentVariables } from '@app/config';
import { AccountTexts, Mailer } from '@app/notifications';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';
import { AccountTokenService } from './account-token.service';
import { PASSWORD_RESET_TTL_MS } from './account.service';

/** The account e-mails the worker sends; each re-reads its token and skips one that no longer works. */
@Injectable()
export class AccountMailProcessor {
  constructor(
    private readonly tokens: AccountTokenService,
    private readonly mailer: Mailer,
    private readonly env: EnvironmentVariables,
  ) {}

  // A mail whose token was replaced, spent or mailed already is skipped, so a retry after a crash between sending
  // and marking sends at most one mail twice.
  @JobHandler(JobName.SendPasswordReset)
  async sendPasswordReset(payload: JobPayloads[JobName.SendPasswordReset]): Promise<'sent' | 'skipped'> {
    const recipient = await this.tokens.recipient(payload.tokenId, payload.token);
    if (!recipient) return 'skipped';
    const link = `${this.env.PUBLIC_URL.replace(/\/+$/, '')}/wachtwoord-herstellen?${new URLSearchParams({
      token: payload.token,
    }).toString()}`;
    await this.mailer.send({
      to: recipient.email,
      ...AccountTexts.passwordReset(recipient.name, link, PASSWORD_RESET_TTL_MS / 60_000),
    });
    await this.tokens.markMailed(payload.tokenId);
    return 'sent';
  }
}
