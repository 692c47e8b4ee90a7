import { createHash, randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@app/core';
import { SessionService, type UserEntity } from '@app/identity';
import { TEST_PASSWORD, UserFactory, errorCode, errorReason, type GraphQLResponse } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

// Sessions: short access tokens, refresh tokens that rotate at each use and are stored hashed, theft detection,
// logging out (here and everywhere), password changes ending sessions, and the web app's two httpOnly cookies
// that the api refreshes by itself.

const PAIR = `token tokenExpiresAt refreshToken refreshTokenExpiresAt user { id }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { ${PAIR} } }`;
const REFRESH = `mutation($r: String) { refreshSession(refreshToken: $r) { ${PAIR} } }`;
const ME = `{ me { id } }`;

interface Pair {
  token: string;
  tokenExpiresAt: string;
  refreshToken: string | null;
  refreshTokenExpiresAt: string | null;
  user: { id: string };
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** One HTTP answer of the api: its body and the cookies it set (value '' for a cleared one), with attributes. */
interface Answer<T> {
  body: GraphQLResponse<T>;
  cookies: Record<string, { value: string; attributes: string }>;
}

describe('sessions: access and refresh tokens, logging out, the web cookies', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ACCESS_TOKEN_TTL: '15m', JWT_EXPIRES_IN: '7d' });
  });
  afterAll(async () => {
    await t?.close();
  });

  // A browser's request: cookies in, cookies out (as `fetch` from the web app would, without scripts seeing them).
  async function post<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    cookies: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const header = Object.entries(cookies)
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header ? { cookie: header } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set: Answer<T>['cookies'] = {};
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      set[pair.slice(0, at).trim()] = {
        value: decodeURIComponent(pair.slice(at + 1)),
        attributes: attributes.join(';'),
      };
    }
    return { body: (await response.json()) as GraphQLResponse<T>, cookies: set };
  }

  const account = (role = Role.TEACHER) => UserFactory.from({ role }).withPassword().insert(t.dataSource);
  const logIn = async (user: UserEntity): Promise<Pair> => {
    const response = await t.gql<{ logIn: Pair }>(LOG_IN, { e: user.email, p: TEST_PASSWORD });
    expect(response.errors).toBeUndefined();
    return response.data!.logIn;
  };
  const refresh = (refreshToken: string) => t.gql<{ refreshSession: Pair }>(REFRESH, { r: refreshToken });
  const meWith = async (token: string) => {
    const response = await t.gql<{ me: { id: string } | null }>(ME, {}, token);
    return response.errors ? (errorReason(response) as string) : response.data?.me?.id;
  };
  // Time passes for a refresh token: as if it had been replaced a minute ago, past the grace of a retry.
  const replacedMinuteAgo = (refreshToken: string) =>
    t.dataSource.query(
      `UPDATE refresh_tokens SET replaced_at = now() - interval '1 minute' WHERE token_hash = $1`,
      [sha256(refreshToken)],
    );
  // An access token of `pair`'s session that ran out a minute ago, signed as the api signs its own.
  const expiredAccessToken = (pair: Pair) => {
    const claims = JSON.parse(Buffer.from(pair.token.split('.')[1], 'base64url').toString()) as object;
    const { exp: _exp, iat: _iat, ...rest } = claims as { exp: number; iat: number };
    return t.app.get(JwtService).sign(rest, { expiresIn: -60 });
  };

  it('logs in with a short access token and a refresh token stored only as its hash', async () => {
    const user = await account();
    const started = Date.now();
    const pair = await logIn(user);
    const finished = Date.now();
    // Whole seconds, from some moment of the request.
    const expiresAt = new Date(pair.tokenExpiresAt).getTime();
    expect(expiresAt).toBeGreaterThan(started + 15 * 60_000 - 1_000);
    expect(expiresAt).toBeLessThanOrEqual(finished + 15 * 60_000);
    const refreshMs = new Date(pair.refreshTokenExpiresAt!).getTime() - started;
    expect(refreshMs).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(pair.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await meWith(pair.token)).toBe(user.id);
    const rows = await t.dataSource.query<Array<{ token_hash: string }>>(
      `SELECT r.token_hash FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id WHERE s.user_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([{ token_hash: sha256(pair.refreshToken!) }]);
    const stored = JSON.stringify(await t.dataSource.query(`SELECT * FROM refresh_tokens`));
    expect(stored).not.toContain(pair.refreshToken);
  });

  it('rotates the refresh token at each use; the new access token works', async () => {
    const user = await account();
    const first = await logIn(user);
    const second = (await refresh(first.refreshToken!)).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user.id).toBe(user.id);
    expect(await meWith(second.token)).toBe(user.id);
    const third = (await refresh(second.refreshToken!)).data!.refreshSession;
    expect(await meWith(third.token)).toBe(user.id);
    // One chain: three tokens, two of them replaced.
    const chain = await t.dataSource.query<Array<{ sessions: number; tokens: number; replaced: number }>>(
      `SELECT count(DISTINCT s.id)::int AS sessions, count(*)::int AS tokens,
              count(r.replaced_at)::int AS replaced
         FROM sessions s JOIN refresh_tokens r ON r.session_id = s.id WHERE s.user_id = $1`,
      [user.id],
    );
    expect(chain).toEqual([{ sessions: 1, tokens: 3, replaced: 2 }]);
  });

  it('ends the whole session when a replaced refresh token comes back (theft), and only that session', async () => {
    const user = await account();
    const stolen = await logIn(user);
    const laptop = await logIn(user);
    const owner = (await refresh(stolen.refreshToken!)).data!.refreshSession;
    const later = (await refresh(owner.refreshToken!)).data!.refreshSession;
    await replacedMinuteAgo(stolen.refreshToken!);

    const reuse = await refresh(stolen.refreshToken!);
    expect(errorCode(reuse)).toBe('UNAUTHENTICATED');
    expect(errorReason(reuse)).toBe('REFRESH_TOKEN_REUSED');
    // The chain's current refresh token and its access token are dead as well.
    expect(errorReason(await refresh(later.refreshToken!))).toBe('SESSION_INVALID');
    expect(await meWith(later.token)).toBe('SESSION_INVALID');
    const [session] = await t.dataSource.query<Array<{ revoked_reason: string }>>(
      `SELECT s.revoked_reason FROM sessions s JOIN refresh_tokens r ON r.session_id = s.id
        WHERE r.token_hash = $1`,
      [sha256(stolen.refreshToken!)],
    );
    expect(session.revoked_reason).toBe('REFRESH_TOKEN_REUSED');
    // The account's other session goes on.
    expect(await meWith(laptop.token)).toBe(user.id);
    expect((await refresh(laptop.refreshToken!)).errors).toBeUndefined();
  });

  it('answers a refresh repeated within seconds (a retry, two tabs) with an access token only, ending nothing', async () => {
    const user = await account();
    const pair = await logIn(user);
    const [a, b] = await Promise.all([refresh(pair.refreshToken!), refresh(pair.refreshToken!)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const answers = [a.data!.refreshSession, b.data!.refreshSession];
    const rotated = answers.filter((p) => p.refreshToken !== null);
    expect(rotated).toHaveLength(1);
    for (const answer of answers) expect(await meWith(answer.token)).toBe(user.id);
    expect((await refresh(rotated[0].refreshToken!)).errors).toBeUndefined();
  });

  it('refuses an expired access token with UNAUTHENTICATED; refreshSession gives a working one', async () => {
    const user = await account();
    const pair = await logIn(user);
    const expired = await t.gql(ME, {}, expiredAccessToken(pair));
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(errorReason(expired)).toBe('SESSION_INVALID');
    const renewed = (await refresh(pair.refreshToken!)).data!.refreshSession;
    expect(await meWith(renewed.token)).toBe(user.id);
  });

  it('refuses tokens made before sessions (no session named), unknown and expired refresh tokens', async () => {
    const user = await account();
    const legacy = t.app.get(JwtService).sign({ sub: user.id, role: user.role });
    expect(await meWith(legacy)).toBe('SESSION_INVALID');
    expect(errorReason(await refresh(randomBytes(32).toString('base64url')))).toBe('SESSION_INVALID');
    const pair = await logIn(user);
    await t.dataSource.query(`UPDATE refresh_tokens SET expires_at = now() WHERE token_hash = $1`, [
      sha256(pair.refreshToken!),
    ]);
    expect(errorReason(await refresh(pair.refreshToken!))).toBe('SESSION_INVALID');
  });

  it('logOut ends the current session: its access and refresh tokens stop working, others go on', async () => {
    const user = await account();
    const phone = await logIn(user);
    const laptop = await logIn(user);
    expect((await t.gql(`mutation { logOut }`, {}, phone.token)).data?.logOut).toBe(true);
    expect(await meWith(phone.token)).toBe('SESSION_INVALID');
    expect(errorReason(await refresh(phone.refreshToken!))).toBe('SESSION_INVALID');
    expect(await meWith(laptop.token)).toBe(user.id);
    // An API client with only its refresh token at hand ends that session.
    const logOut = await t.gql(`mutation($r: String) { logOut(refreshToken: $r) }`, {
      r: laptop.refreshToken,
    });
    expect(logOut.data?.logOut).toBe(true);
    expect(await meWith(laptop.token)).toBe('SESSION_INVALID');
  });

  it('logOutEverywhere ends every session of the account and no other account’s', async () => {
    const user = await account();
    const other = await account();
    const sessions = [await logIn(user), await logIn(user), await logIn(user)];
    const stranger = await logIn(other);
    const ended = await t.gql(`mutation { logOutEverywhere }`, {}, sessions[0].token);
    expect(ended.data?.logOutEverywhere).toBe(3);
    for (const pair of sessions) {
      expect(await meWith(pair.token)).toBe('SESSION_INVALID');
      expect(errorReason(await refresh(pair.refreshToken!))).toBe('SESSION_INVALID');
    }
    expect(await meWith(stranger.token)).toBe(other.id);
    expect(errorCode(await t.gql(`mutation { logOutEverywhere }`))).toBe('UNAUTHENTICATED');
  });

  it('a password reset ends every session; a password change every session but the own', async () => {
    const user = await account();
    const before = [await logIn(user), await logIn(user)];
    // The link's token, as the reset e-mail would carry it (the mail itself is tested in accounts.e2e).
    const link = randomBytes(32).toString('base64url');
    await t.dataSource.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, 'PASSWORD_RESET', $2, now() + interval '1 hour')`,
      [user.id, sha256(link)],
    );
    const reset = await t.gql<{ resetPassword: Pair }>(
      `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { ${PAIR} } }`,
      { t: link, p: 'Nieuw-wachtwoord-voor-Anna-77' },
    );
    expect(reset.errors).toBeUndefined();
    for (const pair of before) {
      expect(await meWith(pair.token)).toBe('SESSION_INVALID');
      expect(errorReason(await refresh(pair.refreshToken!))).toBe('SESSION_INVALID');
    }
    const afterReset = reset.data!.resetPassword;
    expect(await meWith(afterReset.token)).toBe(user.id);

    const elsewhere = await t.gql<{ logIn: Pair }>(LOG_IN, {
      e: user.email,
      p: 'Nieuw-wachtwoord-voor-Anna-77',
    });
    const change = await t.gql(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      { c: 'Nieuw-wachtwoord-voor-Anna-77', n: 'Nog-een-ander-wachtwoord-88' },
      afterReset.token,
    );
    expect(change.errors).toBeUndefined();
    expect(await meWith(elsewhere.data!.logIn.token)).toBe('SESSION_INVALID');
    expect(await meWith(afterReset.token)).toBe(user.id);
    expect((await refresh(afterReset.refreshToken!)).errors).toBeUndefined();
  });

  describe('the web app: two httpOnly cookies the api refreshes by itself', () => {
    it('logIn sets an access cookie for the access token’s life and a refresh cookie for the session', async () => {
      const user = await account();
      const { body, cookies } = await post<{ logIn: Pair }>(LOG_IN, { e: user.email, p: TEST_PASSWORD });
      expect(body.errors).toBeUndefined();
      expect(cookies.techmatch_session.value).toBe(body.data!.logIn.token);
      expect(cookies.techmatch_refresh.value).toBe(body.data!.logIn.refreshToken);
      for (const name of ['techmatch_session', 'techmatch_refresh']) {
        expect(cookies[name].attributes).toMatch(/HttpOnly/);
        expect(cookies[name].attributes).toMatch(/SameSite=Lax/);
      }
      const maxAge = (name: string) => Number(/Max-Age=(\d+)/.exec(cookies[name].attributes)?.[1]);
      expect(maxAge('techmatch_session')).toBeLessThanOrEqual(15 * 60);
      expect(maxAge('techmatch_session')).toBeGreaterThan(14 * 60);
      expect(maxAge('techmatch_refresh')).toBeGreaterThan(6 * 86_400);
    });

    it('goes on across an access token’s expiry: the api spends the refresh cookie and sets new cookies', async () => {
      const user = await account();
      const login = await post<{ logIn: Pair }>(LOG_IN, { e: user.email, p: TEST_PASSWORD });
      const pair = login.body.data!.logIn;
      const jar = { techmatch_session: expiredAccessToken(pair), techmatch_refresh: pair.refreshToken! };
      const answer = await post<{ me: { id: string } }>(ME, {}, jar);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.me.id).toBe(user.id);
      const access = answer.cookies.techmatch_session.value;
      const rotated = answer.cookies.techmatch_refresh.value;
      expect(rotated).not.toBe(pair.refreshToken);
      expect(await meWith(access)).toBe(user.id);
      // A browser that dropped the access cookie (its Max-Age passed) is refreshed the same way, and mutations too.
      const next = await post<{ me: { id: string } }>(ME, {}, { techmatch_refresh: rotated });
      expect(next.body.data?.me.id).toBe(user.id);
      // The replaced cookie sent again later is theft: the session ends and the cookies are cleared.
      await replacedMinuteAgo(rotated);
      const stale = await post<{ me: { id: string } | null }>(ME, {}, { techmatch_refresh: rotated });
      expect(stale.body.data?.me).toBeNull();
      expect(stale.cookies.techmatch_refresh.value).toBe('');
      expect(await meWith(next.cookies.techmatch_session.value)).toBe('SESSION_INVALID');
    });

    it('refreshes once for requests that arrive together with the same cookie, and keeps the session', async () => {
      const user = await account();
      const login = await post<{ logIn: Pair }>(LOG_IN, { e: user.email, p: TEST_PASSWORD });
      const jar = { techmatch_refresh: login.body.data!.logIn.refreshToken! };
      const answers = await Promise.all([1, 2, 3].map(() => post<{ me: { id: string } }>(ME, {}, jar)));
      for (const answer of answers) expect(answer.body.data?.me.id).toBe(user.id);
      const newRefresh = answers.map((a) => a.cookies.techmatch_refresh?.value).filter(Boolean);
      expect(newRefresh).toHaveLength(1);
      const later = await post<{ me: { id: string } }>(ME, {}, { techmatch_refresh: newRefresh[0] });
      expect(later.body.data?.me.id).toBe(user.id);
    });

    it('refreshSession without an argument spends the cookie and shows no refresh token to scripts', async () => {
      const user = await account();
      const login = await post<{ logIn: Pair }>(LOG_IN, { e: user.email, p: TEST_PASSWORD });
      const answer = await post<{ refreshSession: Pair }>(
        REFRESH,
        {},
        { techmatch_refresh: login.body.data!.logIn.refreshToken! },
      );
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.refreshSession.refreshToken).toBeNull();
      expect(answer.cookies.techmatch_refresh.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('logOut by cookie ends the session and clears both cookies', async () => {
      const user = await account();
      const login = await post<{ logIn: Pair }>(LOG_IN, { e: user.email, p: TEST_PASSWORD });
      const pair = login.body.data!.logIn;
      const out = await post(
        `mutation { logOut }`,
        {},
        { techmatch_session: pair.token, techmatch_refresh: pair.refreshToken! },
      );
      expect(out.body.data?.logOut).toBe(true);
      expect(out.cookies.techmatch_session.value).toBe('');
      expect(out.cookies.techmatch_refresh.value).toBe('');
      expect(errorReason(await refresh(pair.refreshToken!))).toBe('SESSION_INVALID');
      expect(await meWith(pair.token)).toBe('SESSION_INVALID');
    });
  });

  it('gives a session to the test helpers as logIn does (their tokens name one)', async () => {
    const user = await account(Role.COORDINATOR);
    const issued = await t.app.get(SessionService).start(user);
    expect(await meWith(issued.accessToken)).toBe(user.id);
  });
});
