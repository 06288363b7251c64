import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../shared/api';
import type { StaffUser } from '../../auth/session';
import { useDirectory } from '../../shared-hooks';
import { periodLabel, presetPeriod } from '../stats/period';
import { ownTownship } from '../stats/scope';
import { StatsFilters, type StatsSelection } from '../stats/StatsFilters';
import { downloadFile } from './download';
import { caseExportPath } from './reports-api';

/** The case list of a township or the county as CSV or Excel, filtered by place and the time received. */
export function CaseExportTab({ user }: { user: StaffUser }) {
  const directory = useDirectory();
  const fixedTownship = ownTownship(user);
  const { message } = App.useApp();
  const [selection, setSelection] = useState<StatsSelection>({ townshipCode: fixedTownship, period: presetPeriod('year') });
  const [downloading, setDownloading] = useState<'csv' | 'xlsx' | null>(null);

  const download = async (format: 'csv' | 'xlsx') => {
    setDownloading(format);
    try {
      const filter = { townshipCode: selection.townshipCode, villageCode: selection.villageCode, from: selection.period.from, to: selection.period.to };
      const name = await downloadFile(caseExportPath(filter, format), `信访案件清单.${format}`);
      message.success(`已下载「${name}」`);
    } catch (err) {
      message.error(`导出失败：${err instanceof ApiError ? (err.body.message ?? err.message) : String(err)}`);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <div>
      <Card size="small" className="reports-filter-card">
        <StatsFilters value={selection} onChange={setSelection} directory={directory} fixedTownship={fixedTownship} periodTitle="收到时间" idPrefix="export" />
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
