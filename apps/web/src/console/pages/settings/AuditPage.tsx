import { Alert, Button, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useState } from 'react';
import { chineseDateTime } from '../../../shared/format';
import { errorText } from './form-errors';
import { AUDIT_KINDS, listAudit, type AuditEntry, type AuditFilter } from './settings-api';

dayjs.locale('zh-cn');

const PAGE = 50;
const DANGER = new Set(['sign-in-failed', 'account-locked', 'sign-in-refused-locked', 'account-disabled']);
const DETAIL_NAMES: Record<string, string> = { role: '角色', townshipCode: '乡镇', unitCode: '单位', displayName: '姓名', mobile: '手机号', reason: '原因', disabled: '停用' };

/** A Beijing day's start as an instant (the audit API takes ISO times; `to` is exclusive). */
const dayStart = (d: Dayjs) => `${d.format('YYYY-MM-DD')}T00:00:00+08:00`;

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail ?? {})
    .map(([k, v]) => `${DETAIL_NAMES[k] ?? k}：${v === null ? '（无）' : String(v)}`)
    .join('；');
}

/**
 * 登录审计: sign-ins, failures, locks, sign-outs, expiries and account changes, newest first,
 * filtered by user, kind and days, a page of 50 at a time (the API pages by the last id seen).
 */
export function AuditPage() {
  const [form] = Form.useForm<{ username?: string; kind?: string; range?: [Dayjs, Dayjs] }>();
  const [filter, setFilter] = useState<AuditFilter>({});
  // the cursors of the pages seen so far: pages[0] is the first page (no cursor)
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [page, setPage] = useState(0);
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async (f: AuditFilter, before: string | undefined) => {
    setLoading(true);
    try {
      const r = await listAudit(f, before, PAGE);
      setItems(r.items);
      setNext(r.next);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => void load(filter, cursors[page]), [load, filter, cursors, page]);

  const search = (v: { username?: string; kind?: string; range?: [Dayjs, Dayjs] }) => {
    setFilter({
      username: v.username?.trim() || undefined,
      kind: v.kind || undefined,
      from: v.range?.[0] ? dayStart(v.range[0]) : undefined,
      to: v.range?.[1] ? dayStart(v.range[1].add(1, 'day')) : undefined,
    });
    setCursors([undefined]);
    setPage(0);
  };

  return (
    <div>
      <Form form={form} layout="inline" className="settings-toolbar" role="search" aria-label="审计记录查询条件" onFinish={search} initialValues={{ kind: '' }}>
        <Form.Item label="用户名" name="username">
          <Input allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="类型" name="kind">
          <Select style={{ width: 170 }} options={[{ value: '', label: '全部类型' }, ...Object.entries(AUDIT_KINDS).map(([value, label]) => ({ value, label }))]} />
        </Form.Item>
        <Form.Item label="日期" name="range">
          <DatePicker.RangePicker placeholder={['开始日期', '结束日期']} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button onClick={() => (form.resetFields(), search({}))}>重置</Button>
          </Space>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title="审计记录加载失败" description={error} className="settings-alert" />}
      <Table<AuditEntry>
        data-testid="table-audit"
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: '没有符合条件的记录' }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: (t: string) => chineseDateTime(t) },
          { title: '类型', dataIndex: 'kind', width: 150, render: (k: string) => <Tag className={DANGER.has(k) ? 'tag-danger' : k.startsWith('account') || k === 'password-reset' ? 'tag-info' : undefined}>{AUDIT_KINDS[k] ?? k}</Tag> },
          { title: '用户名', dataIndex: 'username', width: 150 },
          { title: '操作人', dataIndex: 'actor', width: 130, render: (a: string | null) => a ?? '—' },
          { title: '来源地址', dataIndex: 'clientAddress', width: 140, render: (a: string | null) => a ?? '—' },
          { title: '详情', dataIndex: 'detail', render: (d: Record<string, unknown>) => detailText(d) || '—' },
        ]}
      />
      <Space className="settings-actions">
        <Button disabled={page === 0 || loading} onClick={() => setPage((p) => p - 1)}>
          上一页
        </Button>
        <span aria-live="polite">第 {page + 1} 页</span>
        <Button
          disabled={!next || loading}
          onClick={() => {
            setCursors((c) => [...c.slice(0, page + 1), next]);
            setPage((p) => p + 1);
          }}
        >
          下一页
        </Button>
      </Space>
    </div>
  );
}
