import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { InboxNotification, InboxPage } from '@app/notifications';
import { NotificationKind } from '../graphql/enums';

@ObjectType({ description: 'A message for one user, shown in the app and (unless switched off) e-mailed.' })
export class Notification {
  @Field(() => ID, { description: 'Internal id; pass to markNotificationsRead.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind: NotificationKind;

  @Field({ description: 'One line in Dutch; also the subject of the e-mail.' })
  title: string;

  @Field({ description: 'The message in Dutch.' })
  body: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where in the web app the user acts on it, a path such as /boekingen/<id>.',
  })
  link: string | null;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the user marked it read; null while unread.' })
  readAt: Date | null;

  static from(item: InboxNotification): Notification {
    return Object.assign(new Notification(), item);
  }
}

@ObjectType({ description: "A page of the user's notifications, newest first." })
export class NotificationPage {
  @Field(() => [Notification], { description: 'The notifications of this page.' })
  items: Notification[];

  @Field(() => Int, { description: "All of the user's unread notifications, not only this page's." })
  unreadCount: number;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as after for the next page; null on the last page.',
  })
  nextCursor: string | null;

  static from(page: InboxPage): NotificationPage {
    return Object.assign(new NotificationPage(), {
      items: page.items.map((item) => Notification.from(item)),
      unreadCount: page.unreadCount,
      nextCursor: page.nextCursor,
    });
  }
}
