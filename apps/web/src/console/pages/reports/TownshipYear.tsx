import { Form, Select } from 'antd';
import type { ReactNode } from 'react';
import type { Directory } from '../../../shared/directory';
import { beijingToday } from '../stats/period';

export interface TownshipYear {
  townshipCode?: string;
  year: number;
}

export const currentYear = () => Number(beijingToday().slice(0, 4));

/** The years a report can be asked for: this one back to 2020. */
export function reportYears(now = currentYear()): number[] {
  return Array.from({ length: Math.max(1, now - 2019) }, (_, i) => now - i);
}

/** 乡镇 (全县 for county staff; fixed for a township's staff) and 年度, then whatever buttons follow. */
export function TownshipYearForm({
  value,
  onChange,
  directory,
  fixedTownship,
  idPrefix,
  children,
}: {
  value: TownshipYear;
  onChange(next: TownshipYear): void;
  directory: Directory | null;
  fixedTownship?: string;
  idPrefix: string;
  children?: ReactNode;
}) {
  const townships = (directory?.townships ?? []).filter((t) => !fixedTownship || t.code === fixedTownship);
  return (
    <Form layout="inline" className="reports-form" role="search" aria-label="报表条件" onSubmitCapture={(e) => e.preventDefault()}>
      <Form.Item label="乡镇" htmlFor={`${idPrefix}-township`}>
        <Select
          id={`${idPrefix}-township`}
          style={{ width: 170 }}
          disabled={!!fixedTownship}
          value={value.townshipCode ?? ''}
          onChange={(code: string) => onChange({ ...value, townshipCode: code || undefined })}
          options={[...(fixedTownship ? [] : [{ value: '', label: `${directory?.countyName ?? ''}全县` }]), ...townships.map((t) => ({ value: t.code, label: t.name }))]}
        />
      </Form.Item>
      <Form.Item label="年度" htmlFor={`${idPrefix}-year`}>
        <Select id={`${idPrefix}-year`} style={{ width: 110 }} value={value.year} onChange={(year: number) => onChange({ ...value, year })} options={reportYears().map((y) => ({ value: y, label: `${y}年` }))} />
      </Form.Item>
      {children}
    </Form>
  );
}
