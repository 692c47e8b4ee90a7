import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnvironmentVariables, accessTokenTtlMs } from '@app/config';
import { CatalogueModule } from '@app/catalogue';
import { NotificationsModule } from '@app/notifications';
import { RateLimitModule } from '@app/rate-limit';
import { AccountMailProcessor } from './account-mail.processor';
import { AccountTokenService } from './account-token.service';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { EmailSettingsService } from './email-settings.service';
import { SessionService } from './session.service';
import { AccountTokenEntity } from './entities/account-token.entity';
import { UserEntity } from './entities/user.entity';
import { TeacherApprovalService } from './teacher-approval.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, AccountTokenEntity]),
    CatalogueModule,
    NotificationsModule,
    RateLimitModule,
    JwtModule.registerAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        secret: env.JWT_SECRET,
        signOptions: {
          // Access tokens only (refresh tokens are random, see SessionService): seconds of ACCESS_TOKEN_TTL.
          expiresIn: Math.max(1, Math.round(accessTokenTtlMs(env) / 1000)),
        },
      }),
    }),
  ],
  providers: [
    AuthService,
    EmailSettingsService,
    AccountTokenService,
    AccountService,
    AccountMailProcessor,
    TeacherApprovalService,
    SessionService,
  ],
  exports: [AuthService, EmailSettingsService, AccountService, TeacherApprovalService, SessionService],
})
export class IdentityModule {}
