import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotFoundException, type NotificationKind } from '@app/core';
import { Tx } from '@app/database';
import { UserEntity } from './entities/user.entity';

/** Which kinds of notification an account gets by e-mail; in-app notifications always stay. */
@Injectable()
export class EmailSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Switches e-mail on (`enabled`) or off for `kinds` on the user's own account; other kinds keep their setting. */
  set(userId: string, kinds: NotificationKind[], enabled: boolean): Promise<UserEntity> {
    // The setting stays a sorted set: switching a kind off twice keeps it once.
    const kept = enabled
      ? `SELECT k FROM unnest(email_off_kinds) k WHERE k <> ALL($2::text[])`
      : `SELECT DISTINCT k FROM unnest(email_off_kinds || $2::text[]) k`;
    return Tx.run(this.dataSource, async (tx) => {
      await tx.query(`UPDATE users SET email_off_kinds = ARRAY(${kept} ORDER BY k) WHERE id = $1`, [
        userId,
        kinds,
      ]);
      const user = await tx.manager.getRepository(UserEntity).findOneBy({ id: userId });
      if (!user) throw new NotFoundException('User', userId);
      return user;
    });
  }
}
