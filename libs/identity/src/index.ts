export { AccountService, PASSWORD_RESET_TTL_MS } from './account.service';
export {
  AuthService,
  EMAIL_VERIFICATION_TTL_MS,
  actorOf,
  actorOfAccount,
  type AuthResult,
  type SignUpDraft,
  type SignUpResult,
} from './auth.service';
export { EmailSettingsService } from './email-settings.service';
export { AccountTokenEntity, AccountTokenPurpose } from './entities/account-token.entity';
export { UserEntity } from './entities/user.entity';
export { IdentityModule } from './identity.module';
export {
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_SCORE,
  assertStrongPassword,
  hashPassword,
  passwordWeakness,
  verifyPassword,
  type PasswordOwner,
  type PasswordWeakness,
} from './password';
export {
  REFRESH_REUSE_GRACE_MS,
  SessionService,
  type ClaimedCompany,
  type IssuedSession,
  type SessionAccount,
  type SessionEnd,
} from './session.service';
export { TeacherApprovalService } from './teacher-approval.service';
