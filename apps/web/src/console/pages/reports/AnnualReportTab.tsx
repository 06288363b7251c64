import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Form, Row, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../shared/api';
import { chineseDateTime } from '../../../shared/format';
import type { StaffUser } from '../../auth/session';
import { useDirectory } from '../../shared-hooks';
import { count, percent } from '../stats/definitions';
import { errorText } from '../settings/form-errors';
import { ownTownship } from '../stats/scope';
import { downloadFile } from './download';
import { annualReportPath, loadAnnualReport, type AnnualReport, type ReportRow } from './reports-api';
import { currentYear, TownshipYearForm, type TownshipYear } from './TownshipYear';

/** The annual self-inspection report: its figures and text as reporting builds them, and the Word and Excel files. */
export function AnnualReportTab({ user }: { user: StaffUser }) {
  const directory = useDirectory();
  const fixedTownship = ownTownship(user);
  const { message } = App.useApp();
  const [selection, setSelection] = useState<TownshipYear>({ townshipCode: fixedTownship, year: currentYear() });
  const [report, setReport] = useState<AnnualReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadAnnualReport(selection.townshipCode, selection.year, controller.signal).then(
      (r) => {
        if (!controller.signal.aborted) (setReport(r), setLoading(false));
      },
      (err) => {
        if (!controller.signal.aborted) (setError(err instanceof ApiError ? err : new ApiError(0, { message: String(err) })), setLoading(false));
      },
    );
    return () => controller.abort();
  }, [selection]);

  const download = async (format: 'docx' | 'xlsx') => {
    setDownloading(format);
    try {
      const place = selection.townshipCode ? (directory?.townships.find((t) => t.code === selection.townshipCode)?.name ?? '') : (directory?.countyName ?? '');
      const name = await downloadFile(annualReportPath(selection.townshipCode, selection.year, format), `${place}${selection.year}年度信访工作自查报告.${format}`);
      message.success(`已下载「${name}」`);
    } catch (err) {
      message.error(`下载失败：${errorText(err)}`);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <div>
      <Card size="small" className="reports-filter-card">
        <TownshipYearForm value={selection} onChange={setSelection} directory={directory} fixedTownship={fixedTownship} idPrefix="annual">
          <Form.Item>
            <Space wrap>
              <Button type="primary" icon={<FileWordOutlined />} loading={downloading === 'docx'} onClick={() => download('docx')}>
                下载 Word 报告
              </Button>
              <Button icon={<FileExcelOutlined />} loading={downloading === 'xlsx'} onClick={() => download('xlsx')}>
                下载 Excel 数据
              </Button>
            </Space>
          </Form.Item>
        </TownshipYearForm>
      </Card>
      <Typography.Paragraph type="secondary" className="reports-note">
        Word 报告的「基本情况」已按统计数据写好，「主要做法」「存在问题」「下一步工作」留待填写；Excel 为报告的全部数字。报告不含任何个人信息。
      </Typography.Paragraph>
      {error ? (
        <Alert type={error.status === 403 ? 'warning' : 'error'} showIcon title={error.status === 403 ? '无权查看这份报告' : '报告加载失败'} description={errorText(error)} />
      ) : !report ? (
        <div className="reports-loading">
          <Spin description="正在生成报告…" />
        </div>
      ) : (
        <Spin spinning={loading}>
          <ReportPreview report={report} />
        </Spin>
      )}
    </div>
  );
}

function ReportPreview({ report }: { report: AnnualReport }) {
  const f = report.figures;
  return (
    <Card size="small" title={<h3 className="reports-card-title" data-testid="report-title">{report.title}</h3>} extra={<span className="reports-generated">生成于 {chineseDateTime(report.generatedAt)}</span>}>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }} className="reports-figures">
        <Descriptions.Item label="收到">{count(f.received)} 件</Descriptions.Item>
        <Descriptions.Item label="已办结">{count(f.closed)} 件</Descriptions.Item>
        <Descriptions.Item label="办结率">{percent(f.closureRate)}</Descriptions.Item>
        <Descriptions.Item label="超期件">{count(f.overdueCases)} 件</Descriptions.Item>
        <Descriptions.Item label="及时受理率">{percent(f.timelyAcceptanceRate)}</Descriptions.Item>
        <Descriptions.Item label="按期办结率">{percent(f.onTimeClosureRate)}</Descriptions.Item>
        <Descriptions.Item label="参评率">{percent(f.evaluationRate)}</Descriptions.Item>
        <Descriptions.Item label="满意率">{percent(f.satisfactionRate)}</Descriptions.Item>
        <Descriptions.Item label="重复访">{count(f.repeat)} 件</Descriptions.Item>
        <Descriptions.Item label="越级访">{count(f.skipLevel)} 件</Descriptions.Item>
        <Descriptions.Item label="集体访">{count(f.collective)} 件</Descriptions.Item>
        <Descriptions.Item label="零报告">
          报送 {count(report.zeroReports.filed)} 次，迟报 {count(report.zeroReports.late)} 次，漏报 {count(report.zeroReports.missing)} 次
        </Descriptions.Item>
      </Descriptions>
      <div className="reports-sections">
        {report.sections.map((s, i) => (
          <section key={s.heading}>
            <h4 className="reports-section-heading">{s.heading}</h4>
            {s.text ? (
              s.text.split('\n').map((p, j) => (
                <Typography.Paragraph key={j} className="reports-section-text" data-testid={i === 0 ? 'report-statistics-text' : undefined}>
                  {p}
                </Typography.Paragraph>
              ))
            ) : (
              <Typography.Paragraph type="secondary">（下载 Word 报告后填写）</Typography.Paragraph>
            )}
          </section>
        ))}
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={8}>
          <RowsTable title="按渠道" rows={report.byChannel} />
        </Col>
        <Col xs={24} lg={8}>
          <RowsTable title="按事项类别" rows={report.byCategory} />
        </Col>
        <Col xs={24} lg={8}>
          <RowsTable title="按承办单位" rows={report.byUnit} />
        </Col>
      </Row>
    </Card>
  );
}

function RowsTable({ title, rows }: { title: string; rows: ReportRow[] }) {
  return (
    <Table<ReportRow>
      size="small"
      title={() => <h4 className="reports-table-title">{title}</h4>}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      rowKey={(r) => ('code' in r ? r.code : null) ?? ('month' in r ? r.month : null) ?? r.name}
      dataSource={rows}
      locale={{ emptyText: '无' }}
      columns={[
        { title: '项目', dataIndex: 'name' },
        { title: '收到', dataIndex: 'received', align: 'right' },
        { title: '办结', dataIndex: 'closed', align: 'right' },
        { title: '办结率', dataIndex: 'closureRate', align: 'right', render: percent },
      ]}
    />
  );
}
