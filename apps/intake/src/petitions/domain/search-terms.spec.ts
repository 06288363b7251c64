import { likePattern, searchTerms } from './search-terms.js';

describe('searchTerms', () => {
  it('splits on spaces and Chinese punctuation, lower-cases, drops repeats and empties', () => {
    expect(searchTerms(' 拖欠 工资，清水镇；Wage  wage ')).toEqual(['拖欠', '工资', '清水镇', 'wage']);
  });

  it('keeps at most five terms', () => {
    expect(searchTerms('一一 二二 三三 四四 五五 六六')).toHaveLength(5);
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
