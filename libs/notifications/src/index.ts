export { NotificationEntity } from './entities/notification.entity';
export { Mailer, type OutgoingMail } from './mailer';
export {
  MAILS_IN_FLIGHT,
  NOTIFICATION_CHUNK,
  NotificationService,
  type NotificationDraft,
} from './notification.service';
export { NotificationsModule } from './notifications.module';
export { AccountTexts, type AccountMail } from './texts/accounts.texts';
