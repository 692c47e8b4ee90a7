import { describe, expect, it } from '@jest/globals';
import { sessionCookieOptions } from '../auth/session-cookie';
import { contentSecurityPolicy } from './web-app.middleware';

describe('the web app headers', () => {
  it('allow scripts and styles only from the app itself, and images from the tile host when one is set', () => {
    const plain = contentSecurityPolicy(undefined);
    expect(plain).toContain("script-src 'self'");
    expect(plain).toContain("style-src 'self'");
    expect(plain).toContain("img-src 'self' data:;");
    expect(plain).not.toMatch(/unsafe/);
    const tiles = contentSecurityPolicy('https://service.pdok.nl/brt/{z}/{x}/{y}.png');
    expect(tiles).toContain("img-src 'self' data: https://service.pdok.nl;");
    expect(tiles).toContain("connect-src 'self';");
  });

  it('make the session cookie httpOnly and SameSite=Lax everywhere, and Secure outside development and test', () => {
    for (const env of ['development', 'test', 'production']) {
      const options = sessionCookieOptions(env, 1000);
      expect(options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', maxAge: 1000 });
      expect(options.secure).toBe(env === 'production');
    }
  });
});
