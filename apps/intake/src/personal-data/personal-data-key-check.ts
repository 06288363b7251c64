import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalDataCipher } from './personal-data-cipher.js';

const PROBE = 'xinfang personal data key check';

/**
 * Refuses to start with a personal-data key other than the one the database was written with
 * (a new clone's development key on an old database, a production key mixed up): every name and
 * number would fail to decrypt, one 500 after another. The first start seals a probe value; every
 * start after it must open it.
 */
@Injectable()
export class PersonalDataKeyCheck implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query(`INSERT INTO intake.personal_data_key_check (id, sealed) VALUES (true, $1) ON CONFLICT (id) DO NOTHING`, [this.cipher.encrypt(PROBE)]);
    const [row]: Array<{ sealed: string; sealed_at: Date }> = await this.dataSource.query(`SELECT sealed, sealed_at FROM intake.personal_data_key_check`);
    if (!opens(this.cipher, row!.sealed)) {
      throw new Error(`PERSONAL_DATA_KEY: not the key this database's personal data was encrypted with (first used ${row!.sealed_at.toISOString()}); start with that key, or on a new database`);
    }
  }
}

function opens(cipher: PersonalDataCipher, sealed: string): boolean {
  try {
    return cipher.decrypt(sealed) === PROBE;
  } catch {
    return false;
  }
}
