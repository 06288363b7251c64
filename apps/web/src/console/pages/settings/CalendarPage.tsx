import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { beijingToday } from '../stats/period';
import { errorText, showFieldErrors } from './form-errors';
import { dateRuns, summarise } from './calendar-summary';
import { loadCalendarYear, replaceCalendarYear, type CalendarDay, type CalendarYear } from './settings-api';

dayjs.locale('zh-cn');

interface Row {
  date?: Dayjs;
  kind: 'holiday' | 'workday';
  name?: string;
}

const toRows = (days: CalendarDay[]): Row[] => days.map((d) => ({ date: dayjs(d.date), kind: d.kind, name: d.name }));
/**
 * 工作日历: each year's statutory holidays and adjusted working days (调休上班) as casework counts
 * working days with them (5 working days to object, 15 days to decide …). A year with nothing
 * entered is provisional: its deadlines count weekends only, so the page warns while next year's
 * notice is missing. Saving replaces the year and recomputes every open case's deadlines.
 */
export function CalendarPage() {
  const { message } = App.useApp();
  const thisYear = Number(beijingToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [data, setData] = useState<CalendarYear | null>(null);
  const [nextYear, setNextYear] = useState<CalendarYear | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ days: Row[] }>();

  const load = useCallback(
    async (y: number) => {
      setData(null);
      setError(null);
      try {
        const d = await loadCalendarYear(y);
        setData(d);
        form.setFieldsValue({ days: toRows(d.days) });
        setDirty(false);
      } catch (err) {
        setError(errorText(err));
      }
    },
    [form],
  );
  useEffect(() => void load(year), [load, year]);
  useEffect(() => {
    loadCalendarYear(thisYear + 1).then(setNextYear, () => undefined);
  }, [thisYear, data]);

  const save = async () => {
    let values: { days: Row[] };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const days = (values.days ?? [])
        .map((r) => ({ date: r.date!.format('YYYY-MM-DD'), kind: r.kind, name: r.name!.trim() }))
        .sort((a, b) => a.date.localeCompare(b.date));
      const saved = await replaceCalendarYear(year, days);
      message.success(`已保存 ${year} 年工作日历，重算了 ${saved.recomputedCases} 件在办案件的期限`);
      await load(year);
    } catch (err) {
      setError(showFieldErrors(form, err, ['days']) ? '有日期未通过检查，请按各行提示修改后重新保存。' : errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const rows = Form.useWatch('days', form) as Row[] | undefined;
  const summary = useMemo(() => summarise((rows ?? []).filter((r) => r?.date && r.name).map((r) => ({ date: r.date!.format('YYYY-MM-DD'), kind: r.kind, name: r.name! }))), [rows]);
  const lateInYear = Number(beijingToday().slice(5, 7)) >= 10;

  return (
    <div>
      {nextYear?.provisional && (
        <Alert
          type={lateInYear ? 'warning' : 'info'}
          showIcon
          className="settings-alert"
          data-testid="next-year-warning"
          title={`${thisYear + 1} 年的放假安排尚未录入`}
          description={`在录入国务院办公厅公布的 ${thisYear + 1} 年放假安排之前，跨入 ${thisYear + 1} 年的期限只按周末计算，元旦、春节等假期未计入，期限可能落在假期中。${lateInYear ? '请在公布后尽快录入。' : ''}`}
          action={
            year !== thisYear + 1 ? (
              <Button size="small" onClick={() => setYear(thisYear + 1)}>
                录入 {thisYear + 1} 年
              </Button>
            ) : undefined
          }
        />
      )}
      <Space className="settings-toolbar" wrap>
        <Form.Item label="年度" htmlFor="calendar-year" className="settings-inline-item">
          <Select
            id="calendar-year"
            style={{ width: 110 }}
            value={year}
            onChange={(y: number) => {
              if (!dirty) return setYear(y);
              Modal.confirm({ title: '放弃未保存的修改？', okText: '放弃', cancelText: '继续编辑', onOk: () => setYear(y) });
            }}
            options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: `${y}年` }))}
          />
        </Form.Item>
        {data && (data.provisional ? <Tag className="tag-warn">未录入放假安排（临时：只计周末）</Tag> : <Tag className="tag-ok">已录入放假安排</Tag>)}
      </Space>
      {error && <Alert type="error" showIcon title={error} className="settings-alert" />}
      {!data && !error ? (
        <Spin description="正在加载…" />
      ) : (
        <Card size="small" title={<h3 className="settings-card-title">{year} 年节假日与调休上班日</h3>}>
          {summary.length > 0 && (
            <ul className="settings-calendar-summary" aria-label={`${year} 年放假安排摘要`}>
              {summary.map((g) => (
                <li key={g.name}>
                  <strong>{g.name}</strong>：{g.holidays.length > 0 && `${dateRuns(g.holidays)}放假，共 ${g.holidays.length} 天`}
                  {g.workdays.length > 0 && `${g.holidays.length ? '；' : ''}${dateRuns(g.workdays)}上班`}
                </li>
              ))}
            </ul>
          )}
          <Form form={form} onValuesChange={() => setDirty(true)} component="div">
            <Form.List name="days">
              {(fields, { add, remove }) => (
                <>
                  <Table
                    data-testid="table-calendar"
                    size="small"
                    rowKey="key"
                    dataSource={fields}
                    // every row on one page: a row paged out of view would still be sent, but not checked
                    pagination={false}
                    locale={{ emptyText: '本年度尚未录入节假日' }}
                    columns={[
                      {
                        title: '日期',
                        key: 'date',
                        render: (_, f, i) => (
                          <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: '请选择日期' }]} className="settings-cell">
                            <DatePicker aria-label={`第 ${i + 1} 行的日期`} minDate={dayjs(`${year}-01-01`)} maxDate={dayjs(`${year}-12-31`)} defaultPickerValue={dayjs(`${year}-01-01`)} />
                          </Form.Item>
                        ),
                      },
                      {
                        title: '类别',
                        key: 'kind',
                        render: (_, f, i) => (
                          <Form.Item name={[f.name, 'kind']} className="settings-cell">
                            <Select
                              aria-label={`第 ${i + 1} 行的类别`}
                              style={{ width: 140 }}
                              options={[
                                { value: 'holiday', label: '法定节假日' },
                                { value: 'workday', label: '调休上班日' },
                              ]}
                            />
                          </Form.Item>
                        ),
                      },
                      {
                        title: '名称',
                        key: 'name',
                        render: (_, f, i) => (
                          <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写名称，如 春节' }]} className="settings-cell">
                            <Input aria-label={`第 ${i + 1} 行的名称`} maxLength={50} />
                          </Form.Item>
                        ),
                      },
                      {
                        title: '操作',
                        key: 'remove',
                        width: 70,
                        render: (_, f, i) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除第 ${i + 1} 行`} onClick={() => (remove(f.name), setDirty(true))} />,
                      },
                    ]}
                  />
                  <Space className="settings-actions" wrap>
                    <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                      添加一段假期
                    </Button>
                    <Button onClick={() => (add({ kind: 'workday' }), setDirty(true))}>添加调休上班日</Button>
                    <Popconfirm title={`保存 ${year} 年工作日历？`} description="保存后将按新日历重算所有在办案件的期限。" okText="保存" cancelText="取消" onConfirm={save} disabled={!dirty}>
                      <Button type="primary" loading={saving} disabled={!dirty}>
                        保存
                      </Button>
                    </Popconfirm>
                    <Button onClick={() => void load(year)} disabled={!dirty || saving}>
                      放弃修改
                    </Button>
                  </Space>
                  {adding && (
                    <HolidayRange
                      year={year}
                      onClose={() => setAdding(false)}
                      onAdd={(from, to, name) => {
                        for (let d = from; !d.isAfter(to, 'day'); d = d.add(1, 'day')) add({ date: d, kind: 'holiday', name });
                        setDirty(true);
                        setAdding(false);
                      }}
                    />
                  )}
                </>
              )}
            </Form.List>
          </Form>
          <Typography.Paragraph type="secondary" className="settings-note">
            按国务院办公厅每年公布的放假安排录入：放假的日子录为「法定节假日」，周末调休上班的日子录为「调休上班日」。
          </Typography.Paragraph>
        </Card>
      )}
    </div>
  );
}

/** A run of holidays (e.g. 春节 2月15日至2月23日) added as one row a day. */
function HolidayRange({ year, onClose, onAdd }: { year: number; onClose(): void; onAdd(from: Dayjs, to: Dayjs, name: string): void }) {
  const [form] = Form.useForm<{ range: [Dayjs, Dayjs]; name: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    onAdd(v.range[0], v.range[1], v.name.trim());
  };
  return (
    <Modal open title="添加一段假期" okText="添加" cancelText="取消" onOk={() => void submit().catch(() => undefined)} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称，如 春节' }]}>
          <Input maxLength={50} placeholder="如 春节" />
        </Form.Item>
        <Form.Item label="放假日期" name="range" rules={[{ required: true, message: '请选择起止日期' }]}>
          <DatePicker.RangePicker minDate={dayjs(`${year}-01-01`)} maxDate={dayjs(`${year}-12-31`)} defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]} placeholder={['开始日期', '结束日期']} />
        </Form.Item>
        <button type="submit" hidden tabIndex={-1} aria-hidden />
      </Form>
    </Modal>
  );
}
