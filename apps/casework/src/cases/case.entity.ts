import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'case' })
export class CaseRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'petition_id', type: 'uuid', unique: true }) petitionId!: string;
  @Column({ name: 'township_code', type: 'char', length: 12 }) townshipCode!: string;
  @Column({ name: 'village_code', type: 'char', length: 12, nullable: true }) villageCode!: string | null;
  @Column({ type: 'text' }) channel!: string;
  @Column({ name: 'category_code', type: 'text' }) categoryCode!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'is_accusation', type: 'boolean' }) isAccusation!: boolean;
  @Column({ name: 'accused_unit_code', type: 'text', nullable: true }) accusedUnitCode!: string | null;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'route_by', type: 'timestamptz' }) routeBy!: Date;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: Date;
}
