import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'petition' })
export class PetitionRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'tracking_code', type: 'text', unique: true }) trackingCode!: string;
  @Column({ type: 'text' }) channel!: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'township_code', type: 'char', length: 12 }) townshipCode!: string;
  @Column({ name: 'village_code', type: 'char', length: 12, nullable: true }) villageCode!: string | null;
  @Column({ name: 'category_code', type: 'text' }) categoryCode!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) content!: string;
  @Column({ name: 'registered_at_level', type: 'text' }) registeredAtLevel!: string;
  @Column({ type: 'int' }) headcount!: number;
  @Column({ type: 'boolean' }) collective!: boolean;
  @Column({ name: 'is_accusation', type: 'boolean' }) isAccusation!: boolean;
  @Column({ name: 'accused_unit_code', type: 'text', nullable: true }) accusedUnitCode!: string | null;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'registered_by', type: 'text', nullable: true }) registeredBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A petitioner of one petition. Personal data only encrypted; look-ups go through keyed hashes. */
@Entity({ name: 'petitioner' })
export class PetitionerRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'petition_id', type: 'uuid' }) petitionId!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ name: 'petitioner_ref', type: 'text' }) petitionerRef!: string;
  @Column({ name: 'name_enc', type: 'text' }) nameEnc!: string;
  @Column({ name: 'id_number_enc', type: 'text', nullable: true }) idNumberEnc!: string | null;
  @Column({ name: 'id_number_hash', type: 'text', nullable: true }) idNumberHash!: string | null;
  @Column({ name: 'phone_enc', type: 'text', nullable: true }) phoneEnc!: string | null;
  @Column({ name: 'phone_hash', type: 'text', nullable: true }) phoneHash!: string | null;
  @Column({ name: 'address_enc', type: 'text', nullable: true }) addressEnc!: string | null;
  @Column({ name: 'is_representative', type: 'boolean' }) isRepresentative!: boolean;
}
