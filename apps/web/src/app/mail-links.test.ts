import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from '@tanstack/react-router';
import { WebLink } from '../../../../libs/core/src/web-links';
import { mailLinkTarget } from './mail-links';
import { routeTree } from './routes';

// Every path a notification or its e-mail links to must be a page of the web app, not "not found".
describe('the links in notifications and e-mails', () => {
  const router = createRouter({ routeTree, history: createMemoryHistory() });
  const paths = Object.values(WebLink).map((link) =>
    typeof link === 'function' ? link('00000000-0000-4000-8000-000000000001') : link,
  );

  it.each(paths)('%s is a page of the web app', (path) => {
    const matched = router.matchRoutes(path, {}).map((match) => match.routeId);
    expect(matched.length).toBeGreaterThan(1); // more than the root: a page, not "not found"
    expect(matched).not.toContain('/$');
  });

  it('leads each role where it acts on the news, the admin as a coordinator, others to the start', () => {
    const targets = { TEACHER: '/docent/boekingen', COORDINATOR: '/coordinator/matching' } as const;
    expect(mailLinkTarget(targets, 'TEACHER')).toBe('/docent/boekingen');
    expect(mailLinkTarget(targets, 'ADMIN')).toBe('/coordinator/matching');
    expect(mailLinkTarget(targets, 'COMPANY')).toBe('/');
  });
});
