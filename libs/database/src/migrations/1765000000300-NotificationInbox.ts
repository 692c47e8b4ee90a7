import type { MigrationInterface, QueryRunner } from 'typeorm';

// The in-app inbox (myNotifications): a link into the web app per notification, pages by (created_at, id) newest
// first, an unread count per user, and e-mail switched off per kind on the account. `read_at` is already there.
export class NotificationInbox1765000000300 implements MigrationInterface {
  name = 'NotificationInbox1765000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN link text`);
    // True when the e-mail job found the kind switched off: emailed_at then says when it was handled, not sent.
    await q.query(`ALTER TABLE notifications ADD COLUMN email_skipped boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE users ADD COLUMN email_off_kinds text[] NOT NULL DEFAULT '{}'`);
    // The page order with its tie-breaker, so a cursor (created_at, id) is one index range; replaces the old index.
    await q.query(
      `CREATE INDEX notifications_user_page_idx ON notifications (user_id, created_at DESC, id DESC)`,
    );
    await q.query(`DROP INDEX IF EXISTS notifications_user_idx`);
    // Unread ones only: the unread count and the unreadOnly pages read a small index.
    await q.query(
      `CREATE INDEX notifications_user_unread_idx ON notifications (user_id, created_at DESC, id DESC)
        WHERE read_at IS NULL`,
    );
    // Kinds stored under the names used before NotificationKind (issue 11), so every stored kind has a GraphQL name.
    await q.query(
      `UPDATE notifications n SET kind = m.kind
         FROM (VALUES ('BOOKING_ACCEPTED', 'BOOKING_ANSWERED'), ('BOOKING_DECLINED', 'BOOKING_ANSWERED'),
                      ('BOOKING_MATCHED', 'MATCH_PROPOSED'), ('REVIEW_POSTED', 'REVIEW_RECEIVED'),
                      ('WAITLIST_OFFER', 'PARTNER_OFFER'), ('WAITLIST_OFFER_REMINDER', 'PARTNER_OFFER_REMINDER'),
                      ('WAITLIST_OFFER_EXPIRED', 'PARTNER_OFFER_EXPIRED'),
                      ('WAITLIST_OFFER_REVOKED', 'PARTNER_OFFER_EXPIRED'), ('WAITLIST_PLACED', 'PLACED'))
              AS m(old, kind)
        WHERE n.kind = m.old`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
    await q.query(`DROP INDEX IF EXISTS notifications_user_unread_idx`);
    await q.query(`DROP INDEX IF EXISTS notifications_user_page_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN email_off_kinds`);
    await q.query(`ALTER TABLE notifications DROP COLUMN email_skipped, DROP COLUMN link`);
  }
}
