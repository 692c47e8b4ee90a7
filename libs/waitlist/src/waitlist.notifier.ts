import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationService, type NotificationDraft } from '@app/notifications';
import { RecipientRepository } from './repositories/recipient.repository';
import type { AfterCommit } from './sql';
import type { Message } from './waitlist.messages';

/** Sends the waiting list's messages: stored in the caller's transaction, e-mailed after it commits. */
@Injectable()
export class WaitlistNotifier {
  constructor(
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
  ) {}

  /** Each message to every teacher of its school. */
  async toSchools(
    manager: EntityManager,
    afterCommit: AfterCommit,
    messages: Array<Message & { schoolId: string }>,
  ): Promise<void> {
    if (messages.length === 0) return;
    const teachers = await this.recipients.teachersOf(manager, [...new Set(messages.map((m) => m.schoolId))]);
    await this.toUsers(
      manager,
      afterCommit,
      messages.map((message) => ({
        message,
        userIds: teachers
          .filter((teacher) => teacher.schoolId === message.schoolId)
          .map((teacher) => teacher.id),
      })),
    );
  }

  /** A message to every contact of a company. */
  async toCompany(
    manager: EntityManager,
    afterCommit: AfterCommit,
    companyId: string,
    message: Message,
  ): Promise<void> {
    const userIds = await this.recipients.contactsOf(manager, companyId);
    await this.toUsers(manager, afterCommit, [{ message, userIds }]);
  }

  /** Each message to the users already known. */
  async toUsers(
    manager: EntityManager,
    afterCommit: AfterCommit,
    sends: Array<{ message: Message; userIds: string[] }>,
  ): Promise<void> {
    const drafts: NotificationDraft[] = sends.flatMap(({ message, userIds }) =>
      userIds.map((userId) => ({ userId, kind: message.kind, subject: message.subject, body: message.body })),
    );
    await this.notifications.notify(manager, afterCommit, drafts);
  }
}
