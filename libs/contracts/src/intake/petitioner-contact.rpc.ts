import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

/**
 * Request/reply over core NATS (not JetStream): notification asks intake for a petitioner's
 * contact at send time; intake logs who read what. The subject is outside `intake.>` on purpose:
 * a request on a subject the INTAKE stream holds would be stored and answered by JetStream.
 */
export const PETITIONER_CONTACT_SUBJECT = 'rpc.intake.petitioner-contact.v1';

export class PetitionerContactRequestV1 {
  @IsUUID() readonly petitionId!: string;
  /** Why the contact is read, for the access log, e.g. `sms:casework.case.accepted.v1`. */
  @IsString() @MaxLength(200) readonly purpose!: string;
  /** The service asking. */
  @IsString() @MaxLength(40) readonly requestedBy!: string;
}

export class PetitionerContactV1 {
  @IsString() readonly petitionerRef!: string;
  @IsString() readonly name!: string;
  /** A mainland mobile number that can receive SMS, if the petitioner gave one. */
  @IsOptional() @Matches(/^1[3-9]\d{9}$/) readonly mobile!: string | null;
  @IsBoolean() readonly isRepresentative!: boolean;
}

export class PetitionerContactReplyV1 {
  @IsUUID() readonly petitionId!: string;
  @IsString() readonly trackingCode!: string;
  @IsString() readonly townshipCode!: string;
  /** Who should be told: the representatives of a collective petition, otherwise every petitioner. */
  @IsArray() @ValidateNested({ each: true }) @Type(() => PetitionerContactV1) readonly recipients!: PetitionerContactV1[];
}
