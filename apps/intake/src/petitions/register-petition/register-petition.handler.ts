import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PetitionRefusedV1, PetitionRegisteredV1, type Channel, type FieldError, type RegistrationLevel } from '#contracts';
import { Outbox } from '#messaging';
import { canSeeTownship, InputValidationException, SERVICE_CONFIG, type Principal } from '#platform';
import type { IntakeConfig } from '../../config.js';
import { DirectoryService } from '../../directory/directory.service.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { identityHashes, petitionerRef } from '../../personal-data/petitioner-identity.js';
import { channelProblems } from '../domain/channel-rules.js';
import { isLongStanding, windowStart } from '../domain/long-standing.js';
import { effectiveHeadcount, isCollective, shapeProblems } from '../domain/petition.js';
import { normalizePhone } from '../domain/phone-number.js';
import { assessRegistration, type EarlierRecord, type RegistrationDecision, type RepeatCandidate } from '../domain/registration-decision.js';
import { normalizeResidentId, residentIdProblem } from '../domain/resident-id.js';
import { petitionScope } from '../petition-scope.js';
import { newTrackingCode } from '../domain/tracking-code.js';

const ID_PROBLEMS = {
  format: '身份证号必须是 18 位（末位可为 X）',
  'birth-date': '身份证号中的出生日期不是真实日期',
  'check-digit': '身份证号校验位不正确（GB 11643）',
} as const;

/** Everything registration needs, from a staff member's form or a citizen's online submission. */
export interface RegistrationRequest {
  channel: Channel;
  receivedAt?: string;
  townshipCode: string;
  villageCode?: string;
  category: string;
  title: string;
  content: string;
  petitioners: { name: string; idNumber?: string; phone?: string; address?: string }[];
  headcount?: number;
  representatives?: number[];
  isAccusation?: boolean;
  accusedUnit?: string;
  registeredAtLevel?: RegistrationLevel;
  letterDate?: string;
  callerNumber?: string;
}

/** Who registers: a staff member in scope, or a citizen submitting online without an account. */
export type Registrar = { kind: 'staff'; principal: Principal } | { kind: 'citizen' };

/** What registering a request does — or would do, when only checked: flags, the link, refusal, and what the officer should see. */
export interface RegistrationCheck {
  flags: { collective: boolean; repeat: boolean; skipLevel: boolean };
  linkedPetitionId: string | null;
  status: 'registered' | 'refused';
  refusalReason?: string;
  /** This petition would make one of its people a long-standing petitioner (信访老户). */
  longStandingPetitioner: boolean;
  /** Earlier petitions of the same people that may be the same matter, best first (staff only). */
  repeatCandidates: RepeatCandidate[];
}

export interface RegistrationOutcome extends Omit<RegistrationCheck, 'repeatCandidates' | 'longStandingPetitioner'> {
  id: string;
  trackingCode: string;
  /** For staff only: a citizen is never shown other petitions. */
  repeatCandidates?: RepeatCandidate[];
}

type Prepared = Awaited<ReturnType<RegisterPetitionHandler['prepare']>>;
type Identity = Prepared['petitioners'][number] & ReturnType<typeof identityHashes> & { ref: string };

/** What the decision makes of a request, with everything the insert needs. */
interface Assessed {
  decision: RegistrationDecision;
  check: RegistrationCheck;
  headcount: number;
}

/**
 * Registers a petition from any channel (Art. 21: every one is registered): checks it against
 * the county directory and the channel's rules, encrypts the petitioners, works out whether it
 * repeats, skips a level over, or reopens a final matter (Arts. 19, 36), and emits the events.
 */
@Injectable()
export class RegisterPetitionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PersonalDataCipher,
    private readonly directory: DirectoryService,
    @Inject(SERVICE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async register(request: RegistrationRequest, registrar: Registrar): Promise<RegistrationOutcome> {
    this.requireScope(request, registrar);
    const prepared = await this.prepare(request);
    if (prepared.problems.length) throw new InputValidationException(prepared.problems);
    const { receivedAt, shape, callerNumber } = prepared;
    const registeredAtLevel = this.levelOf(request, registrar);
    const identities = this.identitiesOf(prepared);
    const id = randomUUID();
    const trackingCode = newTrackingCode();

    return this.dataSource.transaction(async (tx) => {
      // one registration at a time per person, so two desks cannot both miss each other's repeat;
      // taken in a fixed order, so two registrations sharing people cannot deadlock
      await tx.query('SELECT pg_advisory_xact_lock(hashtext(ref)) FROM unnest($1::text[]) AS ref', [[...new Set(identities.map((p) => p.ref))].sort()]);
      const { decision, check, headcount } = await this.assess(tx, request, prepared, identities, registeredAtLevel, registrar);
      const { flags, linkedPetitionId, longStandingPetitioner: longStanding } = check;
      const { collective, repeat, skipLevel } = flags;
      const refused = decision.kind === 'refused-final';

      // the petition, its petitioners and its first public step in one statement (one round trip):
      // $1–$25 the petition, $26 the step's text, then 12 parameters a petitioner
      const petitionerColumns = 12;
      const petitionerValues = identities.map((_, i) => `(${Array.from({ length: petitionerColumns }, (__, c) => `$${27 + i * petitionerColumns + c}`).join(',')})`);
      await tx.query(
        `WITH petition AS (
           INSERT INTO intake.petition (id, tracking_code, channel, received_at, township_code, village_code, category_code, title, content,
             registered_at_level, headcount, collective, is_accusation, accused_unit_code, status, registered_by,
             letter_date, caller_number_enc, submitted_online_by_citizen, repeat, skip_level, long_standing, linked_petition_id, refusal_reason, case_status)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25)),
         petitioners AS (
           INSERT INTO intake.petitioner (id, petition_id, position, petitioner_ref, name_enc, id_number_enc, id_number_hash, phone_enc, phone_hash, name_phone_hash, address_enc, is_representative)
           VALUES ${petitionerValues.join(', ')})
         INSERT INTO intake.public_step (petition_id, occurred_at, kind, description) VALUES ($1, $4, 'registered', $26)`,
        [id, trackingCode, request.channel, receivedAt, request.townshipCode, request.villageCode ?? null, request.category, request.title.trim(), request.content.trim(),
          registeredAtLevel, headcount, collective, shape.isAccusation, request.accusedUnit ?? null, refused ? 'refused' : 'registered',
          registrar.kind === 'staff' ? registrar.principal.id : null, request.letterDate ?? null, callerNumber && this.cipher.encrypt(callerNumber),
          registrar.kind === 'citizen', repeat, skipLevel, longStanding, linkedPetitionId, refused ? decision.reason : null, refused ? 'refused' : 'registered',
          registeredStepText(request.channel, decision),
          ...identities.flatMap((p, position) => [
            randomUUID(), id, position, p.ref, this.cipher.encrypt(p.name), p.idNumber && this.cipher.encrypt(p.idNumber), p.idNumberHash,
            p.phone && this.cipher.encrypt(p.phone), p.phoneHash, p.namePhoneHash, p.address && this.cipher.encrypt(p.address), (request.representatives ?? []).includes(position),
          ])],
      );

      await this.outbox.emit(
        tx,
        PetitionRegisteredV1,
        {
          petitionId: id,
          channel: request.channel,
          receivedAt: receivedAt.toISOString(),
          townshipCode: request.townshipCode,
          villageCode: request.villageCode ?? null,
          categoryCode: request.category,
          registeredAtLevel,
          headcount,
          flags,
          linkedPetitionId,
          isAccusation: shape.isAccusation,
          accusedUnitCode: request.accusedUnit ?? null,
          petitionerRefs: identities.map((p) => p.ref),
          longStandingPetitioner: longStanding,
        },
        { townshipCode: request.townshipCode },
      );
      if (decision.kind === 'refused-final') {
        await this.outbox.emit(tx, PetitionRefusedV1, { petitionId: id, linkedPetitionId: decision.linkedPetitionId, rule: 'final-after-re-review', reason: decision.reason }, { townshipCode: request.townshipCode });
      }
      return {
        id,
        trackingCode,
        flags,
        linkedPetitionId,
        status: check.status,
        ...(check.refusalReason ? { refusalReason: check.refusalReason } : {}),
        ...(registrar.kind === 'staff' ? { repeatCandidates: check.repeatCandidates } : {}),
      };
    });
  }

  /**
   * What registering would do, without storing anything (POST /api/petitions/check): the same
   * scope, the same problems (thrown as 400), the same decision on the same earlier petitions.
   */
  async check(request: RegistrationRequest, principal: Principal): Promise<RegistrationCheck> {
    const registrar: Registrar = { kind: 'staff', principal };
    this.requireScope(request, registrar);
    const prepared = await this.prepare(request);
    if (prepared.problems.length) throw new InputValidationException(prepared.problems);
    const identities = this.identitiesOf(prepared);
    // one snapshot for the earlier petitions and the long-standing count, as registration reads them
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => (await this.assess(tx, request, prepared, identities, this.levelOf(request, registrar), registrar)).check);
  }

  private requireScope(request: RegistrationRequest, registrar: Registrar): void {
    if (registrar.kind === 'staff' && !canSeeTownship(registrar.principal, request.townshipCode)) {
      throw new ForbiddenException('只能登记本乡镇的信访件');
    }
  }

  private levelOf(request: RegistrationRequest, registrar: Registrar): RegistrationLevel {
    return request.registeredAtLevel ?? (registrar.kind === 'staff' && !registrar.principal.townshipCode ? 'county' : 'township');
  }

  private identitiesOf(prepared: Prepared): Identity[] {
    return prepared.petitioners.map((p) => ({ ...p, ...identityHashes(this.cipher, p), ref: petitionerRef(this.cipher, p) }));
  }

  /** The one decision of registering and checking: the earlier petitions, what the law makes of them, the flags. */
  private async assess(tx: EntityManager, request: RegistrationRequest, prepared: Prepared, identities: Identity[], level: RegistrationLevel, registrar: Registrar): Promise<Assessed> {
    const history = await this.historyOf(tx, identities, prepared.receivedAt, registrar);
    const text = { title: request.title, content: request.content, categoryCode: request.category, villageCode: request.villageCode };
    const { decision, candidates } = assessRegistration(level, text, history.earlier, new Date());
    const refused = decision.kind === 'refused-final';
    return {
      decision,
      headcount: effectiveHeadcount(prepared.shape),
      check: {
        flags: { collective: isCollective(prepared.shape), repeat: decision.kind === 'repeat' || refused, skipLevel: decision.kind === 'skip-level' },
        linkedPetitionId: decision.kind === 'new' ? null : decision.linkedPetitionId,
        status: refused ? 'refused' : 'registered',
        ...(refused ? { refusalReason: decision.reason } : {}),
        // this petition is not stored yet: count it too
        longStandingPetitioner: isLongStanding(this.longStandingRule, history.petitionsInWindow + 1),
        repeatCandidates: candidates,
      },
    };
  }

  /**
   * What registration would refuse in this request, as field errors, without storing anything:
   * the citizen's form asks before submitting (POST /api/public/petitions/check).
   */
  async problems(request: RegistrationRequest): Promise<FieldError[]> {
    return (await this.prepare(request)).problems;
  }

  /** The request normalised, and every rule it breaks. */
  private async prepare(request: RegistrationRequest) {
    const receivedAt = request.receivedAt ? new Date(request.receivedAt) : new Date();
    const petitioners = request.petitioners.map((p) => ({
      name: p.name.trim(),
      idNumber: p.idNumber ? normalizeResidentId(p.idNumber) : null,
      phone: p.phone ? normalizePhone(p.phone) : null,
      address: p.address?.trim() || null,
    }));
    const shape = {
      petitionerCount: petitioners.length,
      headcount: request.headcount,
      representatives: request.representatives,
      isAccusation: request.isAccusation ?? false,
      accusedUnitCode: request.accusedUnit,
    };
    const callerNumber = request.callerNumber ? normalizePhone(request.callerNumber) : null;
    const problems: FieldError[] = [
      ...(await this.directory.problems(request)),
      ...shapeProblems(shape),
      ...channelProblems({ ...request, receivedAt, petitioners }),
      ...this.personProblems(request.petitioners, petitioners),
      // text that is only whitespace would be stored empty once trimmed
      ...[['title', request.title] as const, ['content', request.content] as const, ...request.petitioners.map((p, i) => [`petitioners[${i}].name`, p.name] as const)]
        .filter(([, text]) => !text.trim())
        .map(([field]) => ({ field, rule: 'isNotBlank', message: '不能只有空白字符' })),
    ];
    if (request.callerNumber && !callerNumber) problems.push({ field: 'callerNumber', rule: 'phone', message: '必须是大陆手机号或带区号的固定电话' });
    if (receivedAt.getTime() > Date.now() + 5 * 60_000) problems.push({ field: 'receivedAt', rule: 'notInFuture', message: '收到时间不能晚于现在' });
    return { receivedAt, petitioners, shape, callerNumber, problems };
  }

  private personProblems(raw: RegistrationRequest['petitioners'], normalised: { idNumber: string | null; phone: string | null }[]): FieldError[] {
    const problems: FieldError[] = [];
    normalised.forEach((p, i) => {
      const idProblem = p.idNumber ? residentIdProblem(p.idNumber) : null;
      if (idProblem) problems.push({ field: `petitioners[${i}].idNumber`, rule: 'residentId', message: ID_PROBLEMS[idProblem] });
      if (raw[i]!.phone && !p.phone) problems.push({ field: `petitioners[${i}].phone`, rule: 'phone', message: '必须是大陆手机号或带区号的固定电话' });
    });
    return problems;
  }

  private get longStandingRule() {
    return { minPetitions: this.config.LONG_STANDING_MIN_PETITIONS, windowMonths: this.config.LONG_STANDING_WINDOW_MONTHS };
  }

  /**
   * In one round trip: the earlier petitions of the same people (by ID number, else name +
   * phone), and the most petitions any one of them brought within the long-standing window.
   */
  private async historyOf(tx: EntityManager, people: { ref: string; idNumberHash: string | null; namePhoneHash: string | null }[], at: Date, registrar: Registrar): Promise<{ earlier: EarlierRecord[]; petitionsInWindow: number }> {
    const idHashes = people.map((p) => p.idNumberHash).filter((h): h is string => h !== null);
    const namePhoneHashes = people.map((p) => p.namePhoneHash).filter((h): h is string => h !== null);
    const params: unknown[] = [idHashes, namePhoneHashes, people.map((p) => p.ref), windowStart(this.longStandingRule, at)];
    // whether the registering staff member may see each one (a citizen sees none)
    const visible = registrar.kind === 'staff' && registrar.principal.role !== 'analyst' && registrar.principal.role !== 'liaison' ? petitionScope(registrar.principal, params) : 'false';
    const [row] = await tx.query(
      `WITH earlier AS (
         SELECT DISTINCT p.id, p.linked_petition_id, p.received_at, p.title, p.content, p.category_code, p.village_code, p.status, p.case_status,
                p.registered_at_level, p.handling_unit_kind, p.case_deadline, p.case_overdue, (${visible}) AS visible
         FROM intake.petition p JOIN intake.petitioner pr ON pr.petition_id = p.id
         WHERE pr.id_number_hash = ANY($1) OR pr.name_phone_hash = ANY($2))
       SELECT (SELECT coalesce(json_agg(earlier), '[]'::json) FROM earlier) AS earlier,
              (SELECT coalesce(max(n), 0)::int FROM (
                 SELECT count(DISTINCT p.id) AS n FROM intake.petitioner pr JOIN intake.petition p ON p.id = pr.petition_id
                 WHERE pr.petitioner_ref = ANY($3) AND p.received_at >= $4 GROUP BY pr.petitioner_ref) counts) AS most`,
      params,
    );
    const earlier = (row.earlier as EarlierRow[]).map(
      (r): EarlierRecord => ({
        id: r.id,
        linkedPetitionId: r.linked_petition_id,
        receivedAt: new Date(r.received_at),
        title: r.title,
        content: r.content,
        categoryCode: r.category_code,
        villageCode: r.village_code,
        status: r.status,
        caseStatus: r.case_status,
        registeredAtLevel: r.registered_at_level,
        handlingUnitKind: r.handling_unit_kind,
        caseDeadline: r.case_deadline === null ? null : new Date(r.case_deadline),
        caseOverdue: r.case_overdue,
        visible: r.visible,
      }),
    );
    return { earlier, petitionsInWindow: row.most };
  }
}

/** An earlier petition as the history query returns it (json_agg: times as strings). */
interface EarlierRow {
  id: string;
  linked_petition_id: string | null;
  received_at: string;
  title: string;
  content: string;
  category_code: string;
  village_code: string | null;
  status: string;
  case_status: string;
  registered_at_level: RegistrationLevel;
  handling_unit_kind: string | null;
  case_deadline: string | null;
  case_overdue: boolean;
  visible: boolean;
}

const CHANNEL_NAMES: Record<Channel, string> = { visit: '来访', letter: '来信', online: '网上信访', phone: '来电' };

function registeredStepText(channel: Channel, decision: RegistrationDecision): string {
  const base = `已登记（${CHANNEL_NAMES[channel]}）`;
  switch (decision.kind) {
    case 'new':
      return `${base}，待转送承办单位`;
    case 'repeat':
      return `${base}。该事项正在办理中，本次来信来访已并入原件一并办理`;
    case 'skip-level':
      return `${base}。该事项正由乡镇在法定期限内办理，请等待办理结果（《信访工作条例》第十九条），本次已并入原件`;
    case 'refused-final':
      return `${base}。${decision.reason}`;
  }
}
