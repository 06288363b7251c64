import { renderProgress } from './progress.js';

describe('rebuild progress bar', () => {
  it('shows done/total, the rate and the time left', () => {
    expect(renderProgress('重放事件', 50_000, 100_000, 2, 10)).toBe('重放事件 [█████░░░░░]  50% 50,000/100,000 events 25,000 events/s 2 s left');
    expect(renderProgress('重放事件', 0, 0, 0, 4)).toBe('重放事件 [████] 100% 0/0 events 0 events/s 0 s left');
  });
});
