import { Alert, App, Button, Card, Form, InputNumber, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../../shared/api';
import type { StaffUser } from '../../auth/session';
import { useDirectory } from '../../shared-hooks';
import { count } from '../stats/definitions';
import { errorText } from '../settings/form-errors';
import { ownTownship } from '../stats/scope';
import { reportingApi } from '../stats/stats-api';
import { loadVillageAssessment, ruleSource, type AssessmentRule, type VillageAssessment, type VillageScore } from './reports-api';
import { currentYear, TownshipYearForm, type TownshipYear } from './TownshipYear';

/** The deduction items of reporting's rule (assessment/domain/village-score.ts), in its order. */
const ITEMS: Array<{ key: string; label: string; unit: string }> = [
  { key: 'collective', label: '集体访', unit: '起' },
  { key: 'skipLevel', label: '越级访', unit: '起' },
  { key: 'repeat', label: '重复访', unit: '起' },
  { key: 'overdue', label: '超期案件', unit: '件' },
  { key: 'unsatisfied', label: '不满意评价', unit: '件' },
  { key: 'unresolvedEasilyEscalating', label: '未化解的易激化矛盾纠纷', unit: '起' },
];
const unitOf = (item: string) => ITEMS.find((i) => i.key === item)?.unit ?? '件';

/**
 * Each village's petition-work score for a year (村级年度考核，信访工作部分) and every deduction
 * that produced it — how many, at how many points each, under which rule — as reporting
 * computes them. The county admin can set the rule for a year.
 */
export function VillageAssessmentTab({ user }: { user: StaffUser }) {
  const directory = useDirectory();
  const fixedTownship = ownTownship(user);
  const [selection, setSelection] = useState<TownshipYear>({ townshipCode: fixedTownship, year: currentYear() });
  const [data, setData] = useState<VillageAssessment | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadVillageAssessment(selection.townshipCode, selection.year, controller.signal).then(
      (d) => {
        if (!controller.signal.aborted) (setData(d), setLoading(false));
      },
      (err) => {
        if (!controller.signal.aborted) (setError(err instanceof ApiError ? err : new ApiError(0, { message: String(err) })), setLoading(false));
      },
    );
    return () => controller.abort();
  }, [selection, attempt]);

  return (
    <div>
      <Card size="small" className="reports-filter-card">
        <TownshipYearForm value={selection} onChange={setSelection} directory={directory} fixedTownship={fixedTownship} idPrefix="villages">
          {user.role === 'county-admin' && data && (
            <Form.Item>
              <Button onClick={() => setEditing(true)}>设置评分规则</Button>
            </Form.Item>
          )}
        </TownshipYearForm>
      </Card>
      {error ? (
        <Alert type={error.status === 403 ? 'warning' : 'error'} showIcon title={error.status === 403 ? '无权查看考核得分' : '考核得分加载失败'} description={errorText(error)} />
      ) : !data ? (
        <div className="reports-loading">
          <Spin description="正在计算得分…" />
        </div>
      ) : (
        <Spin spinning={loading}>
          <Alert
            type="info"
            className="reports-rule"
            title={
              <span data-testid="assessment-rule">
                评分规则（{ruleSource(data.rule.source)}）：{data.rule.description}
              </span>
            }
          />
          <Table<VillageScore>
            data-testid="table-villages"
            size="small"
            rowKey="villageCode"
            dataSource={data.items}
            pagination={data.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            locale={{ emptyText: '没有村（社区）' }}
            columns={[
              ...(selection.townshipCode ? [] : [{ title: '乡镇', dataIndex: 'townshipName', width: 110 }]),
              { title: '村（社区）', dataIndex: 'villageName', width: 140 },
              { title: '收到信访件', dataIndex: 'received', align: 'right', width: 100, render: (n: number) => count(n) },
              {
                title: '得分',
                dataIndex: 'score',
                align: 'right',
                width: 90,
                sorter: (a, b) => a.score - b.score,
                render: (score: number, v) => (
                  <strong data-testid={`score-${v.villageCode}`}>
                    {score} / {v.points}
                  </strong>
                ),
              },
              { title: '扣分', dataIndex: 'deducted', align: 'right', width: 70, sorter: (a, b) => a.deducted - b.deducted },
              {
                title: '扣分依据',
                key: 'deductions',
                render: (_, v) =>
                  v.deductions.length === 0 ? (
                    <Typography.Text type="secondary">无扣分</Typography.Text>
                  ) : (
                    <Space size={[4, 4]} wrap>
                      {v.deductions.map((d) => (
                        <Tag key={d.item} className="tag-warn">
                          {d.name} {d.count} {unitOf(d.item)} × {d.perOccurrence} 分 = {d.points} 分
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
            ]}
          />
          {editing && <RuleEditor year={selection.year} rule={data.rule} onClose={() => setEditing(false)} onSaved={() => (setEditing(false), setAttempt((n) => n + 1))} />}
        </Spin>
      )}
    </div>
  );
}

/** PUT /reporting/api/assessments/rule for the year shown (county admin). */
function RuleEditor({ year, rule, onClose, onSaved }: { year: number; rule: AssessmentRule; onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setFailure(null);
    try {
      await api('PUT', reportingApi('/assessments/rule'), { body: { year, points: values.points, deductions: Object.fromEntries(ITEMS.map((i) => [i.key, values[i.key]])) } });
      message.success(`已保存 ${year} 年度评分规则`);
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors.length) {
        form.setFields(err.fieldErrors.map((e) => ({ name: e.field.replace(/^deductions\./, ''), errors: [e.message] })));
      }
      setFailure(err instanceof ApiError ? (err.body.message ?? err.message) : String(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`${year} 年度村级考核信访工作评分规则`} okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      {failure && <Alert type="error" showIcon title={failure} className="reports-rule" />}
      <Form form={form} layout="horizontal" labelCol={{ span: 12 }} initialValues={{ points: rule.points, ...rule.deductions }} onFinish={submit}>
        <Form.Item label="信访工作满分（分）" name="points" rules={[{ required: true, message: '请填写满分' }]}>
          <InputNumber min={0.5} max={100} step={0.5} />
        </Form.Item>
        {ITEMS.map((i) => (
          <Form.Item key={i.key} label={`每${i.unit}${i.label}扣（分）`} name={i.key} rules={[{ required: true, message: '请填写扣分' }]}>
            <InputNumber min={0} max={100} step={0.5} />
          </Form.Item>
        ))}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
