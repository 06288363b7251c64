import { Alert, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { chineseDate } from '../../../shared/format';
import { STATUS_LABELS } from '../../components/status';
import '../../components/tags.css';
import { decisionSentence, type RegistrationCheck } from './register-form';

/**
 * What the check found before registering: what registering will do (a new matter, a repeat or
 * skip-level petition joined to its original, a refusal under Art. 36), and the earlier petitions
 * of the same person that may be the same matter — how sure, what both state alike, what differs.
 */
export function RepeatCandidates({ check }: { check: RegistrationCheck }) {
  const linked = check.flags.repeat || check.flags.skipLevel || check.status === 'refused';
  return (
    <section className="repeat-candidates" aria-labelledby="repeat-candidates-title">
      <Typography.Title level={3} id="repeat-candidates-title" className="register-section-title">
        登记前核对
      </Typography.Title>
      <Alert type={check.status === 'refused' ? 'error' : linked ? 'warning' : 'info'} showIcon title={decisionSentence(check)} />
      {check.repeatCandidates.length === 0 ? (
        <Typography.Paragraph className="repeat-none">未发现同一信访人此前可能为同一事项的信访件。</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph className="repeat-intro">同一信访人此前的以下信访件可能是同一事项，请核对（可能性高的在前）：</Typography.Paragraph>
          <ol className="repeat-list">
            {check.repeatCandidates.map((c) => (
              <li key={c.petitionId} className="repeat-item" data-testid="repeat-candidate" data-strength={c.strength}>
                <div className="repeat-head">
                  <Tag className={c.strength === 'strong' ? 'tone-red' : 'tone-amber'}>{c.strength === 'strong' ? '很可能是同一事项' : '可能相关'}</Tag>
                  <span className="repeat-score">相似度 {Math.round(c.score * 100)}%</span>
                  {c.petitionId === check.linkedPetitionId ? <Tag className="tone-blue">登记后将并入此件</Tag> : null}
                </div>
                <div className="repeat-title">
                  {c.title ? (
                    <Link to={`/petitions/${c.petitionId}`} target="_blank" rel="noopener">
                      {c.title}
                    </Link>
                  ) : (
                    <span>其他乡镇或单位的信访件（无权查看内容）</span>
                  )}
                </div>
                <div className="repeat-meta">
                  {chineseDate(c.receivedAt)}收到 · {STATUS_LABELS[c.caseStatus] ?? c.caseStatus}
                </div>
                {c.sharedFacts.length ? (
                  <div className="repeat-facts">
                    <span className="repeat-facts-label">相同之处：</span>
                    {c.sharedFacts.map((f) => (
                      <Tag key={f} className="tone-green">
                        {f}
                      </Tag>
                    ))}
                  </div>
                ) : null}
                {c.conflictingFacts.length ? (
                  <div className="repeat-facts">
                    <span className="repeat-facts-label">不同之处：</span>
                    {c.conflictingFacts.map((f) => (
                      <Tag key={f}>{f}</Tag>
                    ))}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
