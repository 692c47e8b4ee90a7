export { AuthService, type AuthResult, type SignUpDraft } from './auth.service';
export { EmailSettingsService } from './email-settings.service';
export { UserEntity } from './entities/user.entity';
export { IdentityModule } from './identity.module';
export { hashPassword, passwordWeakness, verifyPassword } from './password';
