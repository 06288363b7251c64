import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { chineseDate, chineseDateTime } from '../../../shared/format';
import { CHANNEL_NAMES, receiptClocks, type Channel, type RegistrationOutcome } from './register-form';

export interface Registered {
  outcome: RegistrationOutcome;
  channel: Channel;
  title: string;
  receivedAt: string;
  /** The petitioners' names (the receipt shows no ID number or phone). */
  names: string[];
  uploads: { name: string; ok: boolean; message?: string }[];
}

/**
 * After registering: the tracking code and what happened, and the printable 登记回执 for the
 * petitioner — the county, the code, the date, the channel, the matter, the regulation's clocks
 * and where to follow it (/public/track). No ID number, no phone number.
 */
export function RegistrationReceipt({ registered, countyName, registrar, onNext }: { registered: Registered; countyName: string; registrar: string; onNext: () => void }) {
  const { outcome } = registered;
  const trackUrl = `${window.location.origin}/public/track`;
  const failed = registered.uploads.filter((u) => !u.ok);
  const people = registered.names.length > 2 ? `${registered.names.slice(0, 2).join('、')} 等 ${registered.names.length} 人` : registered.names.join('、');
  return (
    <div className="receipt-page">
      <div className="receipt-screen-only">
        <Result
          status={outcome.status === 'refused' ? 'warning' : 'success'}
          title={outcome.status === 'refused' ? '已登记，不再受理' : '登记成功'}
          subTitle={
            <span>
              查询码 <strong className="receipt-code-inline" data-testid="tracking-code">{outcome.trackingCode}</strong>
              {outcome.flags.repeat ? '；已作为重复访并入原件' : ''}
              {outcome.flags.skipLevel ? '；已作为越级访并入原件' : ''}
              {outcome.flags.collective ? '；集体访' : ''}
            </span>
          }
          extra={
            <Space wrap>
              <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} autoInsertSpace={false}>
                打印登记回执
              </Button>
              <Button onClick={onNext} autoInsertSpace={false}>
                继续登记
              </Button>
              <Link to={`/petitions/${outcome.id}`}>查看信访件</Link>
            </Space>
          }
        />
        {outcome.status === 'refused' && outcome.refusalReason ? <Alert type="warning" showIcon title={outcome.refusalReason} className="receipt-alert" /> : null}
        {registered.uploads.length && !failed.length ? <Alert type="success" showIcon title={`已上传附件 ${registered.uploads.length} 个。`} className="receipt-alert" /> : null}
        {failed.length ? (
          <Alert
            type="error"
            showIcon
            className="receipt-alert"
            title={`有 ${failed.length} 个附件未能上传，信访件已登记，可在信访件详情中补传：`}
            description={
              <ul>
                {failed.map((u) => (
                  <li key={u.name}>
                    {u.name}：{u.message}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
      </div>

      <article className="receipt-sheet" aria-labelledby="receipt-title">
        <h2 id="receipt-title" className="receipt-title">
          {countyName}信访事项登记回执
        </h2>
        <dl className="receipt-facts">
          <dt>查询码</dt>
          <dd className="receipt-code">{outcome.trackingCode}</dd>
          <dt>登记日期</dt>
          <dd>{chineseDate(registered.receivedAt)}</dd>
          <dt>信访渠道</dt>
          <dd>{CHANNEL_NAMES[registered.channel]}</dd>
          <dt>信访事项</dt>
          <dd>{registered.title}</dd>
          <dt>信访人</dt>
          <dd>{people}</dd>
        </dl>
        <h3 className="receipt-subtitle">办理时限（《信访工作条例》）</h3>
        <table className="receipt-clocks">
          <thead>
            <tr>
              <th scope="col">环节</th>
              <th scope="col">时限</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {receiptClocks().map((c) => (
              <tr key={c.step}>
                <td>{c.step}</td>
                <td className="receipt-limit">{c.limit}</td>
                <td>
                  {c.detail}（{c.article}）
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="receipt-subtitle">查询与评价</h3>
        <p>
          请凭查询码登录 <strong>{trackUrl}</strong> 查询办理进度；收到书面答复后，可在同一页面对答复进行满意度评价。
        </p>
        <p className="receipt-note">本回执不含身份证号、手机号等个人信息，请妥善保管查询码。</p>
        <Typography.Paragraph className="receipt-sign">
          登记人：{registrar}　　打印时间：{chineseDateTime(new Date())}
        </Typography.Paragraph>
      </article>
    </div>
  );
}
