import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnvironmentVariables } from '@app/config';
import { CatalogueModule } from '@app/catalogue';
import { AuthService } from './auth.service';
import { EmailSettingsService } from './email-settings.service';
import { UserEntity } from './entities/user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    CatalogueModule,
    JwtModule.registerAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        secret: env.JWT_SECRET,
        signOptions: {
          expiresIn: /^\d+$/.test(env.JWT_EXPIRES_IN)
            ? Number(env.JWT_EXPIRES_IN)
            : (env.JWT_EXPIRES_IN as '7d'),
        },
      }),
    }),
  ],
  providers: [AuthService, EmailSettingsService],
  exports: [AuthService, EmailSettingsService],
})
export class IdentityModule {}
