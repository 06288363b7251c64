import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, ApiErrors } from '#platform';
import { PersonalDataAccessLog } from '../../personal-data/access-log.js';
import { maskAddress, maskIdNumber, maskName, maskPhone } from '../../personal-data/masking.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { normalizeResidentId } from '../domain/resident-id.js';
import { petitionScope } from '../petition-scope.js';
import { listPetitions } from './petition-list.js';
import { PetitionDetailQuery, SearchPetitionsQuery } from './search-petitions.query.js';
import { PetitionPageResponse, PetitionDetailResponse } from './search-petitions.responses.js';

interface PetitionRecord {
  id: string;
  tracking_code: string;
  channel: string;
  received_at: Date;
  township_code: string;
  village_code: string | null;
  category_code: string;
  title: string;
  content: string;
  registered_at_level: string;
  headcount: number;
  collective: boolean;
  repeat: boolean;
  skip_level: boolean;
  long_standing: boolean;
  is_accusation: boolean;
  accused_unit_code: string | null;
  linked_petition_id: string | null;
  status: string;
  refusal_reason: string | null;
  case_id: string | null;
  case_status: string;
  handling_unit_code: string | null;
  case_deadline: Date | null;
  case_overdue: boolean;
  letter_date: string | null;
  caller_number_enc: string | null;
  evaluation: string | null;
  evaluation_comment: string | null;
  evaluated_at: Date | null;
  created_at: Date;
}

const summary = (p: PetitionRecord) => ({
  id: p.id,
  channel: p.channel,
  receivedAt: p.received_at,
  townshipCode: p.township_code,
  villageCode: p.village_code,
  category: p.category_code,
  title: p.title,
  status: p.status,
  caseStatus: p.case_status,
  caseId: p.case_id,
  handlingUnitCode: p.handling_unit_code,
  dueAt: p.case_deadline,
  overdue: p.case_overdue,
  flags: { collective: p.collective, repeat: p.repeat, skipLevel: p.skip_level, longStandingPetitioner: p.long_standing, accusation: p.is_accusation },
  linkedPetitionId: p.linked_petition_id,
});

/** Staff look-ups within their scope. Lists carry no personal data; reading a petition's detail is logged. */
@ApiTags('petitions')
@ApiBearerAuth()
@Controller('api/petitions')
export class SearchPetitionsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly accessLog: PersonalDataAccessLog,
  ) {}

  @Get()
  @ApiOperation({ summary: '信访件查询（按权限范围；列表不含信访人信息）：筛选、全文检索（两字词可检索）、排序、分页' })
  @ApiOkResponse({ type: PetitionPageResponse })
  @ApiErrors(400)
  async search(@Query() query: SearchPetitionsQuery, @CurrentPrincipal() principal: Principal) {
    const idNumberHash = query.idNumber ? this.cipher.lookupHash('id-number', normalizeResidentId(query.idNumber)) : null;
    return listPetitions(this.dataSource, principal, query, idNumberHash, (row) => summary(row as unknown as PetitionRecord));
  }

  @Get(':id')
  @ApiOperation({
    summary: '信访件详情：信访人信息默认脱敏（张*、4305**********0026、138****4321）；reveal=petitioners 显示完整信息，并记入访问日志',
  })
  @ApiOkResponse({ type: PetitionDetailResponse })
  @ApiErrors(400, 404)
  async detail(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('没有这件信访件') })) id: string,
    @Query() query: PetitionDetailQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    const reveal = query.reveal === 'petitioners';
    // one snapshot of the petition, its people, files and steps — and a reveal logged with it
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const params: unknown[] = [id];
      const [p]: PetitionRecord[] = await tx.query(`SELECT p.* FROM intake.petition p WHERE p.id = $1 AND ${petitionScope(principal, params)}`, params);
      if (!p) throw new NotFoundException('没有这件信访件');
      const petitioners = await tx.query(
        `SELECT petitioner_ref, name_enc, id_number_enc, phone_enc, address_enc, is_representative FROM intake.petitioner WHERE petition_id = $1 ORDER BY position`,
        [id],
      );
      const attachments = await tx.query(
        `SELECT id, file_name_enc, content_type, size_bytes, uploaded_at FROM intake.attachment WHERE petition_id = $1 ORDER BY uploaded_at`,
        [id],
      );
      const timeline = await tx.query(`SELECT occurred_at AS "at", kind, description FROM intake.public_step WHERE petition_id = $1 ORDER BY occurred_at, id`, [id]);
      if (reveal) await this.accessLog.record({ kind: 'staff', principal }, id, 'reveal-petitioners', tx);
      // masked unless asked for: what a clerk needs to recognise the person, not to identify them
      const read = (v: string | null, mask: (plain: string) => string) => (v === null ? null : reveal ? this.cipher.decrypt(v) : mask(this.cipher.decrypt(v)));
      return {
        ...summary(p),
        trackingCode: p.tracking_code,
        content: p.content,
        registeredAtLevel: p.registered_at_level,
        headcount: p.headcount,
        accusedUnitCode: p.accused_unit_code,
        refusalReason: p.refusal_reason,
        letterDate: p.letter_date,
        callerNumber: read(p.caller_number_enc, maskPhone),
        evaluation: p.evaluation ? { rating: p.evaluation, comment: p.evaluation_comment, evaluatedAt: p.evaluated_at } : null,
        petitionersRevealed: reveal,
        petitioners: petitioners.map((r: Record<string, string | boolean | null>) => ({
          petitionerRef: r.petitioner_ref,
          name: read(r.name_enc as string, maskName),
          idNumber: read(r.id_number_enc as string | null, maskIdNumber),
          phone: read(r.phone_enc as string | null, maskPhone),
          address: read(r.address_enc as string | null, maskAddress),
          isRepresentative: r.is_representative,
        })),
        attachments: attachments.map((a: { id: string; file_name_enc: string; content_type: string; size_bytes: number; uploaded_at: Date }) => ({
          id: a.id,
          fileName: this.cipher.decrypt(a.file_name_enc),
          contentType: a.content_type,
          sizeBytes: a.size_bytes,
          uploadedAt: a.uploaded_at,
        })),
        timeline,
      };
    });
  }
}
