import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EmailFrequency } from './email-frequency';
import type { NotificationSettings } from './notification-settings.model';

@Injectable()
export class NotificationSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<NotificationSettings> {
    const [row] = await this.dataSource.query(
      'SELECT email_frequency AS "emailFrequency" FROM users WHERE id = $1',
      [userId],
    );
    return row;
  }

  /** A change starts the next digest now, so nothing mailed at once comes again in a digest. */
  async setFrequency(userId: string, frequency: EmailFrequency): Promise<NotificationSettings> {
    const [[row]] = await this.dataSource.query(
      `UPDATE users SET email_frequency = $2,
         email_digest_since = CASE WHEN email_frequency = $2 THEN email_digest_since ELSE now() END
       WHERE id = $1 RETURNING email_frequency AS "emailFrequency"`,
      [userId, frequency],
    );
    return row;
  }
}
