import type { DataSource } from 'typeorm';
import { NotificationEntity } from '@app/notifications';
import { UserFactory } from './user.factory';
import { RowFactory, placeholderId } from './row.factory';

/** An unread notification not yet e-mailed; inserting it without `userId` inserts a teacher. */
export class NotificationFactory extends RowFactory<NotificationEntity> {
  protected readonly entity = NotificationEntity;

  protected defaults(): Partial<NotificationEntity> {
    return {
      userId: placeholderId(),
      kind: 'BOOKING_REQUESTED',
      subject: 'Nieuwe aanvraag',
      body: 'Een school vraagt een gastles aan.',
      readAt: null,
      emailedAt: null,
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<NotificationEntity>> {
    return this.values.userId ? {} : { userId: (await UserFactory.from().insert(ds)).id };
  }
}
