import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FollowEntity } from './notification.entity';
import type { FollowTargetKind } from './notification-events';

@Injectable()
export class FollowRepository {
  constructor(private readonly dataSource: DataSource) {}

  async follow(userId: string, targetKind: FollowTargetKind, targetId: string): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO follows (user_id, target_kind, target_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [userId, targetKind, targetId],
    );
  }

  async unfollow(userId: string, targetKind: FollowTargetKind, targetId: string): Promise<void> {
    await this.dataSource.getRepository(FollowEntity).delete({ userId, targetKind, targetId });
  }

  /** Which of the targets the user follows. */
  async followedAmong(userId: string, targetKind: FollowTargetKind, targetIds: readonly string[]) {
    const rows: { target_id: string }[] = await this.dataSource.query(
      'SELECT target_id FROM follows WHERE user_id = $1 AND target_kind = $2 AND target_id = ANY($3::uuid[])',
      [userId, targetKind, targetIds],
    );
    return new Set(rows.map((row) => row.target_id));
  }
}
