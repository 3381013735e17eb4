import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordHasher {
  /** A valid hash of a random password, verified against when the email is unknown so both cases take as long. */
  private decoy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(hashed: string | null | undefined, password: string): Promise<boolean> {
    if (!hashed) {
      this.decoy ??= this.hash(crypto.randomUUID());
      await verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return verify(hashed, password).catch(() => false);
  }
}
