import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { StaffUser } from '../../auth/session';
import { loadCategories, type Category } from '../../../shared/directory';
import { useDirectory } from '../../shared-hooks';
import { periodLabel, presetPeriod } from '../stats/period';
import { errorText } from '../settings/form-errors';
import { ownTownship } from '../stats/scope';
import { StatsFilters, type StatsSelection } from '../stats/StatsFilters';
import { downloadFile } from './download';
import { caseExportPath, EXPORT_STATUSES, type ExportConditions } from './reports-api';

const CHANNELS = [
  { value: 'visit', label: '来访' },
  { value: 'letter', label: '来信' },
  { value: 'phone', label: '来电' },
  { value: 'online', label: '网上信访' },
];
const FLAGS = [
  { value: 'collective', label: '集体访' },
  { value: 'repeat', label: '重复访' },
  { value: 'skipLevel', label: '越级访' },
  { value: 'accusation', label: '检举控告' },
  { value: 'longStanding', label: '信访老户' },
];

/** The case list of a township or the county as CSV or Excel, filtered by place and the time received. */
export function CaseExportTab({ user }: { user: StaffUser }) {
  const directory = useDirectory();
  const fixedTownship = ownTownship(user);
  const { message } = App.useApp();
  const [selection, setSelection] = useState<StatsSelection>({ townshipCode: fixedTownship, period: presetPeriod('year') });
  const [downloading, setDownloading] = useState<'csv' | 'xlsx' | null>(null);
  const [conditions, setConditions] = useState<ExportConditions>({});
  const [categories, setCategories] = useState<Category[]>([]);
  useEffect(() => {
    loadCategories().then(setCategories, () => undefined);
  }, []);
  const set = (change: Partial<ExportConditions>) => setConditions((c) => ({ ...c, ...change }));

  const download = async (format: 'csv' | 'xlsx') => {
    setDownloading(format);
    try {
      const filter = { townshipCode: selection.townshipCode, villageCode: selection.villageCode, from: selection.period.from, to: selection.period.to };
      const name = await downloadFile(caseExportPath(filter, format, conditions), `信访案件清单.${format}`);
      message.success(`已下载「${name}」`);
    } catch (err) {
      message.error(`导出失败：${errorText(err)}`);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <div>
      <Card size="small" className="reports-filter-card">
        <StatsFilters value={selection} onChange={setSelection} directory={directory} fixedTownship={fixedTownship} periodTitle="收到时间" idPrefix="export" />
        <Form layout="inline" className="reports-form reports-export-conditions" aria-label="导出条件" onSubmitCapture={(e) => e.preventDefault()}>
          <Form.Item label="渠道" htmlFor="export-channel">
            <Select id="export-channel" mode="multiple" allowClear style={{ minWidth: 160 }} value={conditions.channel ?? []} onChange={(channel: string[]) => set({ channel })} options={CHANNELS} placeholder="全部渠道" />
          </Form.Item>
          <Form.Item label="事项类别" htmlFor="export-category">
            <Select id="export-category" style={{ width: 170 }} value={conditions.category ?? ''} onChange={(category: string) => set({ category })} options={[{ value: '', label: '全部类别' }, ...categories.map((c) => ({ value: c.code, label: c.name }))]} />
          </Form.Item>
          <Form.Item label="承办单位" htmlFor="export-unit">
            <Select
              id="export-unit"
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={conditions.handlingUnitCode ?? ''}
              onChange={(handlingUnitCode: string) => set({ handlingUnitCode })}
              options={[{ value: '', label: '全部单位' }, ...(directory?.units ?? []).map((u) => ({ value: u.code, label: u.name }))]}
            />
          </Form.Item>
          <Form.Item label="状态" htmlFor="export-status">
            <Select id="export-status" mode="multiple" allowClear style={{ minWidth: 170 }} value={conditions.status ?? []} onChange={(status: string[]) => set({ status })} options={EXPORT_STATUSES} placeholder="全部状态" />
          </Form.Item>
          <Form.Item label="办理情况" htmlFor="export-open">
            <Select
              id="export-open"
              style={{ width: 120 }}
              value={conditions.open ?? ''}
              onChange={(open: '' | 'true' | 'false') => set({ open: open || undefined })}
              options={[
                { value: '', label: '全部' },
                { value: 'true', label: '在办' },
                { value: 'false', label: '已结束' },
              ]}
            />
          </Form.Item>
          <Form.Item label="只导出">
            <Checkbox.Group value={conditions.flags ?? []} onChange={(flags) => set({ flags: flags as ExportConditions['flags'] })} options={FLAGS} />
          </Form.Item>
        </Form>
        <Space wrap className="reports-export-buttons">
          <Button type="primary" icon={<DownloadOutlined />} loading={downloading === 'csv'} onClick={() => download('csv')}>
            导出 CSV
          </Button>
          <Button icon={<DownloadOutlined />} loading={downloading === 'xlsx'} onClick={() => download('xlsx')}>
            导出 Excel
          </Button>
        </Space>
      </Card>
      <Typography.Paragraph className="reports-note" data-testid="export-description">
        导出 {periodLabel(selection.period)}收到的信访件清单，按收到时间排序，至多 20 万行。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="reports-note">
        每件一行：编号、乡镇和村（社区）、渠道、事项类别、收到时间、承办单位、办理状态、是否及时受理和按期答复、评价等。清单由统计服务生成，不含信访人姓名、身份证号、手机号、地址和信访内容。
      </Typography.Paragraph>
    </div>
  );
}
