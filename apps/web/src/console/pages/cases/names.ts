import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useMemo, useState } from 'react';
import { loadCategories, type Category, type Directory } from '../../../shared/directory';
import { useDirectory } from '../../shared-hooks';

// the date pickers' month and weekday names in Chinese
dayjs.locale('zh-cn');

let categories: Promise<Category[]> | null = null;

function useCategories(): Category[] | null {
  const [items, setItems] = useState<Category[] | null>(null);
  useEffect(() => {
    categories ??= loadCategories().catch((err) => {
      categories = null;
      throw err;
    });
    categories.then(setItems, () => undefined);
  }, []);
  return items;
}

export interface Names {
  directory: Directory | null;
  categories: Category[] | null;
  township(code: string | null | undefined): string;
  village(code: string | null | undefined): string;
  unit(code: string | null | undefined): string;
  category(code: string | null | undefined): string;
}

/** The county's names for the codes the services return; the code itself until they load. */
export function useNames(): Names {
  const directory = useDirectory();
  const cats = useCategories();
  return useMemo(() => {
    const townships = new Map((directory?.townships ?? []).map((t) => [t.code, t.name]));
    const villages = new Map((directory?.townships ?? []).flatMap((t) => t.villages.map((v) => [v.code, v.name] as const)));
    const units = new Map((directory?.units ?? []).map((u) => [u.code, u.name]));
    const catNames = new Map((cats ?? []).map((c) => [c.code, c.name]));
    const look = (m: Map<string, string>) => (code: string | null | undefined) => (code ? (m.get(code) ?? code) : '');
    return { directory, categories: cats, township: look(townships), village: look(villages), unit: look(units), category: look(catNames) };
  }, [directory, cats]);
}
