import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A township (乡镇) of the county, by its 12-digit statistical division code. */
@Entity({ name: 'township' })
export class TownshipRow {
  @PrimaryColumn({ type: 'char', length: 12 }) code!: string;
  @Column({ type: 'text' }) name!: string;
}

/** A village (村/社区) of a township. */
@Entity({ name: 'village' })
export class VillageRow {
  @PrimaryColumn({ type: 'char', length: 12 }) code!: string;
  @Column({ name: 'township_code', type: 'char', length: 12 }) townshipCode!: string;
  @Column({ type: 'text' }) name!: string;
}

/** A unit that can handle petitions: a township government, a county department, the 政法 track, discipline organs. */
@Entity({ name: 'handling_unit' })
export class HandlingUnitRow {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'township_code', type: 'char', length: 12, nullable: true }) townshipCode!: string | null;
}

/** An entry of the county's petition category catalogue (信访事项分类). */
@Entity({ name: 'category' })
export class CategoryRow {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'int' }) position!: number;
}
