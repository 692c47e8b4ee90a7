import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AccessService, Permission, scopeOf } from '@app/access';
import { SchoolService } from '@app/catalogue';
import { DomainError, NotFoundException, Role, isUuid, type Actor, type Province } from '@app/core';
import { Tx } from '@app/database';
import { UserEntity } from './entities/user.entity';
import { emailMatchesWebsite } from './school-domain';

/**
 * A teacher's link to a school is proven, not claimed: by an address on the school's own domain, or by the
 * approval of a proven teacher of the school or a coordinator.
 */
@Injectable()
export class TeacherApprovalService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schools: SchoolService,
    private readonly access: AccessService,
  ) {}

  /** Proves the school link of teacher `user` (confirming the address in `tx`) when its domain is the school's. */
  async proveByDomain(tx: Tx, user: UserEntity): Promise<void> {
    if (user.role !== Role.TEACHER || !user.schoolId || user.schoolVerified) return;
    const [school] = await this.schools.findByIds([user.schoolId]);
    if (school && emailMatchesWebsite(user.email, school.website)) {
      await tx.manager.update(UserEntity, user.id, { schoolVerified: true });
    }
  }

  /** The teachers waiting for approval whom `actor` may approve: of the own school, or (coordinator) any. */
  async pending(actor: Actor, province?: Province | null): Promise<UserEntity[]> {
    // A teacher sees the own school's only, once proven; a coordinator everyone's.
    const own = scopeOf(Permission.TeacherApprove, actor.role) === 'ownSchool';
    const schoolId = own ? await this.access.actingSchool(actor, Permission.TeacherApprove) : null;
    // A coordinator's own provinces unless one is asked for (outside them: refused); every one for the admin.
    const provinces = own ? null : this.access.provincesFor(actor, Permission.TeacherApprove, province);
    const query = this.users
      .createQueryBuilder('u')
      .innerJoin('schools', 's', 's.id = u.school_id')
      .where('u.role = :role AND NOT u.school_verified', { role: Role.TEACHER })
      .orderBy('u.created_at')
      .addOrderBy('u.id');
    if (schoolId) query.andWhere('u.school_id = :schoolId', { schoolId });
    if (provinces) query.andWhere('s.province = ANY(:provinces)', { provinces });
    return query.getMany();
  }

  /** Proves the link of teacher `userId` to its school; approving a proven teacher changes nothing. */
  async approve(actor: Actor, userId: string): Promise<UserEntity> {
    if (!isUuid(userId)) throw new NotFoundException('User', userId);
    return Tx.run(this.dataSource, async (tx) => {
      const user = await tx.manager
        .getRepository(UserEntity)
        .findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException('User', userId);
      if (user.role !== Role.TEACHER || !user.schoolId) {
        throw new DomainError('NOT_A_TEACHER', 'Only a teacher linked to a school can be approved', {
          id: userId,
        });
      }
      await this.access.require(actor, Permission.TeacherApprove, [user.schoolId], tx);
      if (!user.schoolVerified) await tx.manager.update(UserEntity, user.id, { schoolVerified: true });
      return { ...user, schoolVerified: true };
    });
  }
}
