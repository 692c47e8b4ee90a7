import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { EmailSettingsService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import { NotificationKind } from '../graphql/enums';
import { Notification, NotificationPage } from '../models/notification.model';
import { User } from '../models/user.model';

// Every field here works on the caller's own account, by the user id of the session: the access layer has no
// entry for them because no id of someone else's record is ever looked up.
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly notifications: NotificationService,
    private readonly emailSettings: EmailSettingsService,
  ) {}

  @Query(() => NotificationPage, {
    description: "The caller's notifications, newest first, a page at a time, with the number unread.",
  })
  @Authenticated()
  async myNotifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', {
      type: () => Boolean,
      nullable: true,
      description: 'Only unread notifications.',
    })
    unreadOnly?: boolean | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: 'How many: 1 to 100, 20 when absent.',
    })
    first?: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'The nextCursor of the previous page; absent for the newest.',
    })
    after?: string | null,
  ): Promise<NotificationPage> {
    return NotificationPage.from(
      await this.notifications.inboxOf(actor.userId, { unreadOnly, first, after }),
    );
  }

  @Mutation(() => Int, {
    description:
      "Marks the caller's notifications read: those of ids (ids that are not the caller's change nothing), or " +
      'all when ids is absent. Returns how many were unread and are now read.',
  })
  @Authenticated()
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', {
      type: () => [ID],
      nullable: true,
      description: 'The notifications to mark; absent for all of them.',
    })
    ids?: string[] | null,
  ): Promise<number> {
    return this.notifications.markRead(actor.userId, ids);
  }

  @Mutation(() => User, {
    description:
      "Switches e-mail on or off for kinds of notification on the caller's account; in-app notifications always " +
      'stay. Returns the account with its emailOffKinds.',
  })
  @Authenticated()
  async setEmailNotifications(
    @CurrentActor() actor: Actor,
    @Args('kinds', { type: () => [NotificationKind], description: 'The kinds to switch.' })
    kinds: NotificationKind[],
    @Args('enabled', { description: 'true e-mails these kinds again, false stops their e-mails.' })
    enabled: boolean,
  ): Promise<User> {
    return User.from(await this.emailSettings.set(actor.userId, kinds, enabled));
  }
}
