import { api, intakeApi } from './api';

/** The county directory intake publishes (GET /intake/api/directory), public. */
export interface Village {
  code: string;
  name: string;
}
export interface Township {
  code: string;
  name: string;
  villages: Village[];
}
export interface Unit {
  code: string;
  name: string;
  kind: string;
  townshipCode: string | null;
}
export interface Directory {
  countyName: string | null;
  townships: Township[];
  units: Unit[];
}
export interface Category {
  code: string;
  name: string;
}

let directory: Promise<Directory> | null = null;

/** Fetched once a page load; a failed fetch is asked again next time. */
export function loadDirectory(): Promise<Directory> {
  directory ??= api<Directory>('GET', intakeApi('/directory')).catch((err) => {
    directory = null;
    throw err;
  });
  return directory;
}

export async function loadCategories(): Promise<Category[]> {
  return (await api<{ items: Category[] }>('GET', intakeApi('/categories'))).items;
}
