import { DatePicker, Form, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Directory } from '../../../shared/directory';
import { presetOf, presetPeriod, PRESETS, type Period, type PresetKey } from './period';

dayjs.locale('zh-cn');

export interface StatsSelection {
  townshipCode?: string;
  villageCode?: string;
  period: Period;
}

/**
 * 乡镇, 村（社区） and 统计时段. A township's staff have their township fixed (the API allows
 * no other); the county's staff choose 全县 or any township, then a village of it if they like.
 */
export function StatsFilters({
  value,
  onChange,
  directory,
  fixedTownship,
  periodTitle = '统计时段',
  idPrefix = 'stats',
}: {
  value: StatsSelection;
  onChange(next: StatsSelection): void;
  directory: Directory | null;
  fixedTownship?: string;
  /** 统计时段 on the dashboard, 收到时间 for an export. */
  periodTitle?: string;
  /** Ids of the controls (two filter bars may share a page). */
  idPrefix?: string;
}) {
  const townships = directory?.townships ?? [];
  const villages = townships.find((t) => t.code === value.townshipCode)?.villages ?? [];
  const preset = presetOf(value.period);
  const range: [Dayjs, Dayjs] = [dayjs(value.period.from), dayjs(value.period.to)];
  return (
    <Form layout="inline" className="stats-filters" aria-label="筛选条件" role="search" onSubmitCapture={(e) => e.preventDefault()}>
      <Form.Item label="乡镇" htmlFor={`${idPrefix}-township`}>
        <Select
          id={`${idPrefix}-township`}
          style={{ width: 160 }}
          disabled={!!fixedTownship}
          value={value.townshipCode ?? ''}
          onChange={(code: string) => onChange({ ...value, townshipCode: code || undefined, villageCode: undefined })}
          options={[...(fixedTownship ? [] : [{ value: '', label: '全县' }]), ...townships.filter((t) => !fixedTownship || t.code === fixedTownship).map((t) => ({ value: t.code, label: t.name }))]}
        />
      </Form.Item>
      <Form.Item label="村（社区）" htmlFor={`${idPrefix}-village`}>
        <Select
          id={`${idPrefix}-village`}
          style={{ width: 170 }}
          disabled={!value.townshipCode}
          value={value.villageCode ?? ''}
          onChange={(code: string) => onChange({ ...value, villageCode: code || undefined })}
          options={[{ value: '', label: value.townshipCode ? '全部村（社区）' : '先选乡镇' }, ...villages.map((v) => ({ value: v.code, label: v.name }))]}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item label={periodTitle} htmlFor={`${idPrefix}-preset`}>
        <Space.Compact>
          <Select
            id={`${idPrefix}-preset`}
            style={{ width: 116 }}
            value={preset ?? 'custom'}
            onChange={(key: PresetKey | 'custom') => key !== 'custom' && onChange({ ...value, period: presetPeriod(key) })}
            options={[...PRESETS.map((p) => ({ value: p.key, label: p.label })), { value: 'custom', label: '自定义', disabled: true }]}
          />
          <DatePicker.RangePicker
            aria-label="起止日期"
            id={{ start: `${idPrefix}-from`, end: `${idPrefix}-to` }}
            value={range}
            allowClear={false}
            onChange={(dates) => {
              const [from, to] = dates ?? [];
              if (from && to) onChange({ ...value, period: { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') } });
            }}
            placeholder={['开始日期', '结束日期']}
          />
        </Space.Compact>
      </Form.Item>
    </Form>
  );
}
