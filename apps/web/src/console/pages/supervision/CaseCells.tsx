import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PetitionFlags } from '../cases/PetitionFlags';
import type { CaseSummary } from './duty-cases';
import '../../components/tags.css';

/** The petition's title linking to its page, with its marks; the title shows once intake answers. */
export function CaseTitleCell({ c, title, from }: { c: CaseSummary; title: string | null | undefined; from: string }) {
  return (
    <div className="duty-title-cell">
      <Link to={`/petitions/${c.petitionId}`} state={{ from }}>
        {title ?? (title === null ? '（标题暂不可读）' : '正在读取标题…')}
      </Link>
      <PetitionFlags flags={{ collective: c.flags.collective, repeat: c.flags.repeat, skipLevel: c.flags.skipLevel, accusation: c.isAccusation, longStandingPetitioner: c.flags.longStanding }} />
      {c.linkedPetitionIds.length ? (
        <Typography.Text type="secondary" className="duty-linked">
          并入 {c.linkedPetitionIds.length} 件
        </Typography.Text>
      ) : null}
    </div>
  );
}

export function ToneTag({ tone, children }: { tone: string; children: string }) {
  return <Tag className={`tone-${tone}`}>{children}</Tag>;
}
