import { ForbiddenException } from '@nestjs/common';
import { InputValidationException, townshipScope, type Principal } from '#platform';
import type { Names } from './directory.js';
import type { FigureFilter } from './figures-query.js';

/** The township a 12-digit village code belongs to (its first 9 digits, then 000). */
export const townshipOfVillage = (villageCode: string) => `${villageCode.slice(0, 9)}000`;

/**
 * Who sees which figures: county staff, leaders without a township and analysts the whole
 * county; a township's staff (officers, leaders, liaisons) their township only (403 for another).
 * Department officers get no statistics: reporting cannot tell which accusations concern their
 * unit without showing them. Accusations against a township's own government never count in
 * what that township sees (Art. 30).
 */
export function resolveScope(principal: Principal, query: { townshipCode?: string; villageCode?: string }, names: Names): FigureFilter {
  if (principal.role === 'department-officer') throw new ForbiddenException('县直部门不能查看统计报表（检举控告材料不得让被检举控告单位知悉）');
  const own = townshipScope(principal);
  const township = query.townshipCode ?? (query.villageCode ? townshipOfVillage(query.villageCode) : null) ?? own;
  if (own && township !== own) throw new ForbiddenException('只能查看本乡镇的统计');
  if (query.villageCode && township && townshipOfVillage(query.villageCode) !== township) {
    throw new InputValidationException([{ field: 'villageCode', rule: 'villageInTownship', message: `村（社区）${query.villageCode} 不属于乡镇 ${township}` }]);
  }
  return { townshipCode: township, villageCode: query.villageCode ?? null, hiddenAccusedUnits: own ? names.townshipGovernmentUnits(own) : [] };
}
