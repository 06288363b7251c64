import { randomUUID } from 'node:crypto';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PetitionRegisteredV1, type FieldError } from '#contracts';
import { Outbox } from '#messaging';
import { canSeeTownship, InputValidationException, type Principal } from '#platform';
import { DirectoryService } from '../../directory/directory.service.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { petitionerRef } from '../../personal-data/petitioner-identity.js';
import { effectiveHeadcount, isCollective, shapeProblems } from '../domain/petition.js';
import { normalizePhone } from '../domain/phone-number.js';
import { normalizeResidentId, residentIdProblem } from '../domain/resident-id.js';
import { newTrackingCode } from '../domain/tracking-code.js';
import type { RegisterPetitionBody, RegisterPetitionResult } from './register-petition.dto.js';

const ID_PROBLEMS = {
  format: '身份证号必须是 18 位（末位可为 X）',
  'birth-date': '身份证号中的出生日期不是真实日期',
  'check-digit': '身份证号校验位不正确（GB 11643）',
} as const;

/** Registers a petition from any channel: checks it against the county directory, encrypts the petitioners, emits the event. */
@Injectable()
export class RegisterPetitionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PersonalDataCipher,
    private readonly directory: DirectoryService,
  ) {}

  async register(body: RegisterPetitionBody, principal: Principal): Promise<RegisterPetitionResult> {
    if (!canSeeTownship(principal, body.townshipCode)) {
      throw new ForbiddenException('只能登记本乡镇的信访件');
    }
    const shape = {
      petitionerCount: body.petitioners.length,
      headcount: body.headcount,
      representatives: body.representatives,
      isAccusation: body.isAccusation ?? false,
      accusedUnitCode: body.accusedUnit,
    };
    const problems: FieldError[] = [...(await this.directory.problems(body)), ...shapeProblems(shape)];
    const petitioners = body.petitioners.map((p, i) => {
      const idNumber = p.idNumber ? normalizeResidentId(p.idNumber) : null;
      const idProblem = idNumber ? residentIdProblem(idNumber) : null;
      if (idProblem) problems.push({ field: `petitioners[${i}].idNumber`, rule: 'residentId', message: ID_PROBLEMS[idProblem] });
      const phone = p.phone ? normalizePhone(p.phone) : null;
      if (p.phone && !phone) problems.push({ field: `petitioners[${i}].phone`, rule: 'phone', message: '必须是大陆手机号或带区号的固定电话' });
      return { name: p.name.trim(), idNumber, phone, address: p.address?.trim() || null };
    });
    if (problems.length) throw new InputValidationException(problems);

    const id = randomUUID();
    const trackingCode = newTrackingCode();
    const receivedAt = body.receivedAt ? new Date(body.receivedAt) : new Date();
    const flags = { collective: isCollective(shape), repeat: false, skipLevel: false };
    const registeredAtLevel = body.registeredAtLevel ?? (principal.townshipCode ? 'township' : 'county');
    const refs = petitioners.map((p) => petitionerRef(this.cipher, p));

    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO intake.petition (id, tracking_code, channel, received_at, township_code, village_code, category_code, title, content,
           registered_at_level, headcount, collective, is_accusation, accused_unit_code, status, registered_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,'registered',$15)`,
        [id, trackingCode, body.channel, receivedAt, body.townshipCode, body.villageCode ?? null, body.category, body.title, body.content,
          registeredAtLevel, effectiveHeadcount(shape), flags.collective, shape.isAccusation, body.accusedUnit ?? null, principal.id],
      );
      for (const [i, p] of petitioners.entries()) {
        await tx.query(
          `INSERT INTO intake.petitioner (id, petition_id, position, petitioner_ref, name_enc, id_number_enc, id_number_hash, phone_enc, phone_hash, address_enc, is_representative)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
          [randomUUID(), id, i, refs[i], this.cipher.encrypt(p.name),
            p.idNumber && this.cipher.encrypt(p.idNumber), p.idNumber && this.cipher.lookupHash('id-number', p.idNumber),
            p.phone && this.cipher.encrypt(p.phone), p.phone && this.cipher.lookupHash('phone', p.phone),
            p.address && this.cipher.encrypt(p.address), (body.representatives ?? []).includes(i)],
        );
      }
      await this.outbox.emit(
        tx,
        PetitionRegisteredV1,
        {
          petitionId: id,
          channel: body.channel,
          receivedAt: receivedAt.toISOString(),
          townshipCode: body.townshipCode,
          villageCode: body.villageCode ?? null,
          categoryCode: body.category,
          registeredAtLevel,
          headcount: effectiveHeadcount(shape),
          flags,
          linkedPetitionId: null,
          isAccusation: shape.isAccusation,
          accusedUnitCode: body.accusedUnit ?? null,
          petitionerRefs: refs,
        },
        { townshipCode: body.townshipCode },
      );
    });
    return { id, trackingCode, flags, linkedPetitionId: null };
  }
}
