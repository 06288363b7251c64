import { Tag } from 'antd';
import '../../components/tags.css';
import type { PetitionFlags as Flags } from './case-api';

const SHOWN: [keyof Flags, string, string][] = [
  ['collective', '集体访', 'magenta'],
  ['repeat', '重复访', 'orange'],
  ['skipLevel', '越级访', 'red'],
  ['accusation', '检举控告', 'purple'],
  ['longStandingPetitioner', '信访老户', 'gold'],
];

/** The marks a petition carries (集体访, 重复访, 越级访, 检举控告, 信访老户), as tags. */
export function PetitionFlags({ flags }: { flags: Flags }) {
  const on = SHOWN.filter(([name]) => flags[name]);
  if (!on.length) return null;
  return (
    <span className="petition-flags">
      {on.map(([name, label, colour]) => (
        <Tag key={name} className={`tone-${colour}`}>
          {label}
        </Tag>
      ))}
    </span>
  );
}
