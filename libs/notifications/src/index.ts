export { NotificationEntity } from './entities/notification.entity';
export { Mailer, type OutgoingMail } from './mailer';
export {
  INBOX_PAGE,
  MAILS_IN_FLIGHT,
  NOTIFICATION_CHUNK,
  NotificationService,
  type InboxNotification,
  type InboxPage,
  type Message,
  type NotificationDraft,
} from './notification.service';
export { NotificationsModule } from './notifications.module';
export { AccountTexts, type AccountMail } from './texts/accounts.texts';
export * from './texts/bookings.texts';
export { companyApprovedText, companyRejectedText } from './texts/catalogue.texts';
export { companyRegisteredText } from './texts/coordinator.texts';
export { WaitlistTexts, partnerPlace, type PartnerPlace } from './texts/waitlist.texts';
