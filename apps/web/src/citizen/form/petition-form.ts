import type { FieldError } from '../../shared/api';
import { COLLECTIVE_THRESHOLD, MAX_REPRESENTATIVES } from '../../shared/regulation';

/** One person named on the petition, as typed. */
export interface PersonDraft {
  /** A stable key for React lists; not sent. */
  key: number;
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  representative: boolean;
}

export interface PetitionDraft {
  townshipCode: string;
  villageCode: string;
  category: string;
  title: string;
  content: string;
  people: PersonDraft[];
  pledge: boolean;
}

let keys = 0;
export function newPerson(): PersonDraft {
  return { key: ++keys, name: '', idNumber: '', phone: '', address: '', representative: false };
}

export function emptyDraft(): PetitionDraft {
  return { townshipCode: '', villageCode: '', category: '', title: '', content: '', people: [newPerson()], pledge: false };
}

export const isCollective = (draft: PetitionDraft) => draft.people.length >= COLLECTIVE_THRESHOLD;

/** The body of POST /intake/api/public/petitions (api.md): empty optional fields are left out. */
export function toRequestBody(draft: PetitionDraft): Record<string, unknown> {
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  const representatives = isCollective(draft) ? draft.people.flatMap((p, i) => (p.representative ? [i] : [])) : [];
  return {
    townshipCode: draft.townshipCode,
    villageCode: optional(draft.villageCode),
    category: draft.category,
    title: draft.title,
    content: draft.content,
    petitioners: draft.people.map((p) => ({ name: p.name, idNumber: optional(p.idNumber), phone: optional(p.phone), address: optional(p.address) })),
    ...(representatives.length ? { representatives } : {}),
  };
}

/** Field names of the form, as the API names them (`petitioners[0].idNumber`). */
export const personField = (index: number, field: 'name' | 'idNumber' | 'phone' | 'address') => `petitioners[${index}].${field}`;

/** Where an API error shows: the field it names, with `representatives[2]` shown at `representatives`. */
export function fieldKeyOf(apiField: string): string {
  if (apiField.startsWith('representatives')) return 'representatives';
  if (/^petitioners\[\d+\]$/.test(apiField)) return `${apiField}.name`;
  if (apiField === 'petitioners') return personField(0, 'name');
  return apiField;
}

/** What the form itself must say before the API is asked: rules the API does not have (the pledge, the representatives' count shown early). */
export function localProblems(draft: PetitionDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (!draft.pledge) problems.push({ field: 'pledge', rule: 'pledge', message: '请阅读并勾选承诺后再提交' });
  if (isCollective(draft) && draft.people.filter((p) => p.representative).length > MAX_REPRESENTATIVES) {
    problems.push({ field: 'representatives', rule: 'maxRepresentatives', message: `集体访最多推选 ${MAX_REPRESENTATIVES} 名代表（《信访工作条例》第二十条）` });
  }
  return problems;
}

/** Errors grouped by where they show; several rules on one field are all kept. */
export function byField(errors: FieldError[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of errors) {
    const key = fieldKeyOf(e.field);
    map.set(key, [...(map.get(key) ?? []), e.message]);
  }
  return map;
}

/** The label a field carries on the form, for the error summary ("身份证号（第 2 位信访人）"). */
export function labelOf(key: string): string {
  const person = /^petitioners\[(\d+)\]\.(\w+)$/.exec(key);
  if (person) {
    const names: Record<string, string> = { name: '姓名', idNumber: '身份证号', phone: '手机号码', address: '住址' };
    const index = Number(person[1]);
    return index === 0 ? names[person[2]!] ?? '信访人' : `${names[person[2]!] ?? '信访人'}（第 ${index + 1} 位联名人）`;
  }
  const labels: Record<string, string> = {
    townshipCode: '事项所在乡镇（街道）',
    villageCode: '村（社区）',
    category: '事项分类',
    title: '标题',
    content: '具体内容',
    representatives: '推选代表',
    pledge: '承诺',
    file: '附件',
  };
  return labels[key] ?? '填写内容';
}

/** The DOM id of a field's control, to focus it from the error summary. */
export const controlId = (key: string) => `f-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;

const TOP_FIELDS = ['townshipCode', 'villageCode', 'category', 'title', 'content'];
const PERSON_FIELDS = ['name', 'idNumber', 'phone', 'address'];

/** Where a field comes on the form, so the error summary lists problems top to bottom. */
export function formOrder(key: string): number {
  const top = TOP_FIELDS.indexOf(key);
  if (top >= 0) return top;
  const person = /^petitioners\[(\d+)\]\.(\w+)$/.exec(key);
  if (person) return 100 + Number(person[1]) * 10 + Math.max(0, PERSON_FIELDS.indexOf(person[2]!));
  if (key === 'representatives') return 10_000;
  if (key === 'file') return 10_001;
  if (key === 'pledge') return 10_002;
  return 20_000;
}
