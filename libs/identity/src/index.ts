export { AccountService, PASSWORD_RESET_TTL_MS } from './account.service';
export {
  AuthService,
  EMAIL_VERIFICATION_TTL_MS,
  actorOf,
  type AuthResult,
  type SignUpDraft,
} from './auth.service';
export { EmailSettingsService } from './email-settings.service';
export { AccountTokenEntity, AccountTokenPurpose } from './entities/account-token.entity';
export { UserEntity } from './entities/user.entity';
export { IdentityModule } from './identity.module';
export { hashPassword, passwordWeakness, verifyPassword } from './password';
export { TeacherApprovalService } from './teacher-approval.service';
