import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './entities/notification.entity';
import { Mailer } from './mailer';
import { NotificationService } from './notification.service';
import { InboxRepository } from './repositories/inbox.repository';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [Mailer, NotificationService, InboxRepository],
  exports: [NotificationService, Mailer],
})
export class NotificationsModule {}
