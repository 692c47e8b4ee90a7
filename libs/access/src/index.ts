export { AccessModule } from './access.module';
export { AccessService, judge, requireRole, visibleSchool } from './access.service';
export { ACCESS, Permission, scopeOf, type AccessRule, type Resource, type Scope } from './permission';
