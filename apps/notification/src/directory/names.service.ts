import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface Names {
  county: string;
  township(code: string | null | undefined): string | undefined;
  unit(code: string | null | undefined): { name: string; kind: string; townshipCode: string | null } | undefined;
  category(code: string | null | undefined): string | undefined;
}

/** The names a message speaks in, read from notification's copy of the directory. */
@Injectable()
export class NamesService {
  async load(tx: { query: EntityManager['query'] }): Promise<Names> {
    const [county] = await tx.query(`SELECT name FROM notification.county`);
    const townships = new Map<string, string>((await tx.query(`SELECT code, name FROM notification.township`)).map((r: { code: string; name: string }) => [r.code, r.name]));
    const units = new Map<string, { name: string; kind: string; townshipCode: string | null }>(
      (await tx.query(`SELECT code, name, kind, township_code FROM notification.unit`)).map((r: { code: string; name: string; kind: string; township_code: string | null }) => [r.code, { name: r.name, kind: r.kind, townshipCode: r.township_code }]),
    );
    const categories = new Map<string, string>((await tx.query(`SELECT code, name FROM notification.category`)).map((r: { code: string; name: string }) => [r.code, r.name]));
    return {
      county: county?.name ?? '本县',
      township: (code) => (code ? townships.get(code) : undefined),
      unit: (code) => (code ? units.get(code) : undefined),
      category: (code) => (code ? categories.get(code) : undefined),
    };
  }
}
