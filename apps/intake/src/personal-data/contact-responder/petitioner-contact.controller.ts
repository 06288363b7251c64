import { Controller } from '@nestjs/common';
import { MessagePattern, Payload, RpcException } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { flattenValidationErrors, PETITIONER_CONTACT_SUBJECT, PetitionerContactRequestV1, type PetitionerContactReplyV1 } from '#contracts';
import { allowedRequesters } from '#messaging';
import { Public } from '#platform';
import { isMobile } from '../../petitions/domain/phone-number.js';
import { PersonalDataAccessLog } from '../access-log.js';
import { PersonalDataCipher } from '../personal-data-cipher.js';

/**
 * Answers notification's request for a petitioner's contact at send time (core NATS
 * request/reply through Nest's transport). Every answer is logged: who asked, for which
 * petition, why. Core NATS does not tell a subscriber who published, so "who asked" is the bus
 * user the server lets publish this subject (notification alone, permissions.ts) — never the
 * request's own `requestedBy`, which any client could write; a differing claim is kept in the purpose.
 */
@Controller()
export class PetitionerContactController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly accessLog: PersonalDataAccessLog,
  ) {}

  @Public()
  @MessagePattern(PETITIONER_CONTACT_SUBJECT)
  async contact(@Payload() payload: unknown): Promise<PetitionerContactReplyV1 | { error: string }> {
    const request = plainToInstance(PetitionerContactRequestV1, payload ?? {});
    const errors = flattenValidationErrors(validateSync(request));
    if (errors.length) throw new RpcException(`invalid request: ${errors.map((e) => `${e.field} (${e.rule})`).join(', ')}`);
    const [petition] = await this.dataSource.query(`SELECT id, tracking_code, township_code, collective FROM intake.petition WHERE id = $1`, [request.petitionId]);
    if (!petition) return { error: 'not-found' };
    const people: { petitioner_ref: string; name_enc: string; phone_enc: string | null; is_representative: boolean }[] = await this.dataSource.query(
      `SELECT petitioner_ref, name_enc, phone_enc, is_representative FROM intake.petitioner WHERE petition_id = $1 ORDER BY position`,
      [request.petitionId],
    );
    const representatives = people.filter((p) => p.is_representative);
    const recipients = (representatives.length ? representatives : people).map((p) => {
      const phone = p.phone_enc ? this.cipher.decrypt(p.phone_enc) : null;
      return { petitionerRef: p.petitioner_ref, name: this.cipher.decrypt(p.name_enc), mobile: phone && isMobile(phone) ? phone : null, isRepresentative: p.is_representative };
    });
    const caller = allowedRequesters(PETITIONER_CONTACT_SUBJECT).join('|');
    const purpose = request.requestedBy === caller ? request.purpose : `${request.purpose} (claimed by ${request.requestedBy})`.slice(0, 250);
    await this.accessLog.record({ kind: 'service', service: caller }, request.petitionId, purpose);
    return { petitionId: petition.id, trackingCode: petition.tracking_code, townshipCode: petition.township_code, recipients };
  }
}
