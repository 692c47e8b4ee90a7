import { createHash, randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/core';
import type { UserEntity } from '@app/identity';
import { JobName, JobProducer } from '@app/queue';
import { TEST_PASSWORD, UserFactory, errorCode, type GraphQLResponse } from '@app/testing';
import { startSmtpInbox, type SmtpInbox } from '../utils/smtp-inbox';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

const PUBLIC_URL = 'https://techmatch.test';
const LINK = /https:\/\/techmatch\.test\/wachtwoord-herstellen\?token=([A-Za-z0-9_-]{43})(?=\s)/;

const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`;
const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) {
  resetPassword(token: $t, newPassword: $p) { token user { id email } }
}`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

describe('accounts: change a password, reset a forgotten one by e-mail', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let inbox: SmtpInbox;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL });
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await inbox?.close();
  });

  const newUser = (name = 'Docent Jansen') => UserFactory.create(t.dataSource, Role.COORDINATOR, { name });
  const logsIn = async (email: string, password: string) =>
    Boolean((await t.gql(LOG_IN, { e: email, p: password })).data?.logIn.token);
  const reason = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.reason;
  const tokenRows = async (userId: string) =>
    t.dataSource.query<Array<{ token_hash: string; used_at: Date | null; ttl_s: number }>>(
      `SELECT token_hash, used_at, extract(epoch FROM expires_at - created_at)::int AS ttl_s
         FROM account_tokens WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );

  // Requests a reset for `user` and returns the token of the link the mail holds.
  const requestLink = async (user: UserEntity): Promise<string> => {
    const before = inbox.to(user.email).length;
    const response = await t.gql(REQUEST, { e: user.email.toUpperCase() });
    expect(response.data?.requestPasswordReset).toBe(true);
    const mail = await inbox.next(user.email, before);
    const token = LINK.exec(mail.text)?.[1];
    if (!token) throw new Error(`no reset link in: ${mail.text}`);
    return token;
  };

  it('e-mails a one-time link valid for an hour, stored only as a hash; the link sets the password and logs in', async () => {
    const user = await newUser('Anna de Boer');
    const token = await requestLink(user);
    const [mail] = inbox.to(user.email);
    expect(mail.subject).toBe('Nieuw wachtwoord voor TechMatch');
    expect(mail.text).toContain('Beste Anna de Boer,');
    expect(mail.text).toContain('60 minuten geldig');
    const [row] = await tokenRows(user.id);
    expect(row).toMatchObject({ token_hash: sha256(token), used_at: null, ttl_s: 3600 });
    const stored = JSON.stringify(await t.dataSource.query(`SELECT * FROM account_tokens`));
    expect(stored).not.toContain(token);
    // The token was made by the worker as it sent the mail: its job, in Redis and in the job outbox, held ids only.
    const queue = t.app.get(JobProducer).queueFor(JobName.SendPasswordReset);
    const name: string = JobName.SendPasswordReset;
    const jobs = (await queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed'])).filter(
      (job) => job.name === name,
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(JSON.stringify(jobs.map((job) => job.data))).not.toContain(token);
    for (const job of jobs) expect(Object.keys(job.data as object).sort()).toEqual(['requestId', 'tokenId']);
    expect(JSON.stringify(await t.dataSource.query(`SELECT * FROM job_outbox`))).not.toContain(token);

    const reset = await t.gql(RESET, { t: token, p: 'Nieuw-wachtwoord-2026' });
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword.user).toEqual({ id: user.id, email: user.email });
    const me = await t.gql(`{ me { id } }`, {}, reset.data?.resetPassword.token);
    expect(me.data?.me).toEqual({ id: user.id });
    expect(await logsIn(user.email, 'Nieuw-wachtwoord-2026')).toBe(true);
    expect(await logsIn(user.email, TEST_PASSWORD)).toBe(false);

    // Once only: the second use is refused and changes nothing.
    const again = await t.gql(RESET, { t: token, p: 'Derde-wachtwoord-2026' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(reason(again)).toBe('RESET_TOKEN_USED');
    expect(await logsIn(user.email, 'Nieuw-wachtwoord-2026')).toBe(true);
    expect(await logsIn(user.email, 'Derde-wachtwoord-2026')).toBe(false);
  });

  it('refuses an expired link and changes nothing', async () => {
    const user = await newUser();
    const token = await requestLink(user);
    await t.dataSource.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
      [sha256(token)],
    );
    const response = await t.gql(RESET, { t: token, p: 'Nieuw-wachtwoord-2026' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(reason(response)).toBe('RESET_TOKEN_EXPIRED');
    expect(await logsIn(user.email, TEST_PASSWORD)).toBe(true);
    expect(await logsIn(user.email, 'Nieuw-wachtwoord-2026')).toBe(false);
    expect((await tokenRows(user.id))[0].used_at).toBeNull();
  });

  it('refuses a made-up token and changes nothing', async () => {
    const user = await newUser();
    await requestLink(user);
    for (const token of [randomBytes(32).toString('base64url'), 'x', '']) {
      const response = await t.gql(RESET, { t: token, p: 'Nieuw-wachtwoord-2026' });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(reason(response)).toBe('RESET_TOKEN_INVALID');
    }
    expect(await logsIn(user.email, TEST_PASSWORD)).toBe(true);
    expect((await tokenRows(user.id)).map((row) => row.used_at)).toEqual([null]);
  });

  it('makes an older link invalid when a newer one is requested', async () => {
    const user = await newUser();
    const older = await requestLink(user);
    const newer = await requestLink(user);
    const refused = await t.gql(RESET, { t: older, p: 'Nieuw-wachtwoord-2026' });
    expect(reason(refused)).toBe('RESET_TOKEN_EXPIRED');
    expect(await logsIn(user.email, TEST_PASSWORD)).toBe(true);
    const reset = await t.gql(RESET, { t: newer, p: 'Nieuw-wachtwoord-2026' });
    expect(reset.errors).toBeUndefined();
    expect(await logsIn(user.email, 'Nieuw-wachtwoord-2026')).toBe(true);
  });

  it('answers true for an unknown address, and neither stores a token nor sends a mail', async () => {
    const tokensBefore = await t.dataSource.query(`SELECT count(*)::int AS n FROM account_tokens`);
    const response = await t.gql(REQUEST, { e: 'niemand@example.nl' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.requestPasswordReset).toBe(true);
    // A known address requested after it gets its mail, and by then no mail went to the unknown one.
    await requestLink(await newUser());
    expect(inbox.to('niemand@example.nl')).toEqual([]);
    const tokensAfter = await t.dataSource.query(`SELECT count(*)::int AS n FROM account_tokens`);
    expect(tokensAfter[0].n).toBe(tokensBefore[0].n + 1);
  });

  it.each([
    ['too short', () => 'Kort-12'],
    ['a common password', () => 'Welkom2026!'],
    ['containing the e-mail name', (email: string) => `${email.split('@')[0]}-2026`],
  ])('refuses a new password that fails the sign-up rules (%s) and keeps the old one', async (_, weak) => {
    const user = await newUser();
    const token = await requestLink(user);
    const password = weak(user.email);
    const response = await t.gql(RESET, { t: token, p: password });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(reason(response)).toBe('WEAK_PASSWORD');
    expect(await logsIn(user.email, TEST_PASSWORD)).toBe(true);
    expect(await logsIn(user.email, password)).toBe(false);
    // The link was not spent: it still works with a good password.
    expect((await t.gql(RESET, { t: token, p: 'Nieuw-wachtwoord-2026' })).errors).toBeUndefined();
  });

  describe('changePassword', () => {
    const changeAs = async (user: UserEntity, current: string, next: string) => {
      const login = await t.gql(LOG_IN, { e: user.email, p: TEST_PASSWORD });
      return t.gql(CHANGE, { c: current, n: next }, login.data?.logIn.token);
    };

    it('changes the password with the current one, and older reset links stop working', async () => {
      const user = await newUser();
      const link = await requestLink(user);
      const response = await changeAs(user, TEST_PASSWORD, 'Ander-wachtwoord-77');
      expect(response.errors).toBeUndefined();
      expect(response.data?.changePassword).toBe(true);
      expect(await logsIn(user.email, 'Ander-wachtwoord-77')).toBe(true);
      expect(await logsIn(user.email, TEST_PASSWORD)).toBe(false);
      const reset = await t.gql(RESET, { t: link, p: 'Nieuw-wachtwoord-2026' });
      expect(reason(reset)).toBe('RESET_TOKEN_EXPIRED');
      expect(await logsIn(user.email, 'Ander-wachtwoord-77')).toBe(true);
    });

    it('refuses a wrong current password and keeps the old one', async () => {
      const user = await newUser();
      const response = await changeAs(user, 'Niet-het-wachtwoord-1', 'Ander-wachtwoord-77');
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(reason(response)).toBe('WRONG_PASSWORD');
      expect(response.errors?.[0].extensions?.field).toBe('currentPassword');
      expect(await logsIn(user.email, TEST_PASSWORD)).toBe(true);
      expect(await logsIn(user.email, 'Ander-wachtwoord-77')).toBe(false);
    });

    it('refuses a new password that fails the sign-up rules and keeps the old one', async () => {
      const user = await newUser();
      const response = await changeAs(user, TEST_PASSWORD, 'kort');
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(reason(response)).toBe('WEAK_PASSWORD');
      expect(response.errors?.[0].extensions?.field).toBe('newPassword');
      expect(await logsIn(user.email, TEST_PASSWORD)).toBe(true);
    });

    it('needs a logged-in account', async () => {
      const response = await t.gql(CHANGE, { c: TEST_PASSWORD, n: 'Ander-wachtwoord-77' });
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    });
  });
});
