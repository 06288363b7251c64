import { lastSupervision, supervisionState } from './supervision.js';

const NOW = new Date('2026-12-10T02:00:00.000Z');

describe('a supervision as the county follows it', () => {
  it('is open until its date, overdue after it while the stage runs', () => {
    expect(supervisionState('2026-12-11T00:00:00.000Z', null, NOW)).toBe('open');
    expect(supervisionState('2026-12-09T00:00:00.000Z', null, NOW)).toBe('overdue');
  });

  it('is fulfilled when the stage finished by the date, late when after it', () => {
    expect(supervisionState('2026-12-09T00:00:00.000Z', '2026-12-09T00:00:00.000Z', NOW)).toBe('fulfilled');
    expect(supervisionState('2026-12-09T00:00:00.000Z', '2026-12-09T00:00:01.000Z', NOW)).toBe('late');
  });

  it('follows the last supervision of the history, counting them, and the first event after it that finished the stage', () => {
    const history = [
      { type: 'replied', at: '2026-11-01T00:00:00.000Z' }, // before any supervision: not its finish
      { type: 'supervised', at: '2026-11-05T00:00:00.000Z', dueAt: '2026-11-20T00:00:00.000Z', reason: '第一次督办', actorId: 'a' },
      { type: 'supervised', at: '2026-12-01T00:00:00.000Z', dueAt: '2026-12-15T00:00:00.000Z', reason: '群众反映强烈，限期办结', actorId: 'b' },
    ];
    expect(lastSupervision(history, NOW)).toEqual({
      at: '2026-12-01T00:00:00.000Z',
      dueAt: '2026-12-15T00:00:00.000Z',
      reason: '群众反映强烈，限期办结',
      count: 2,
      supervisedBy: 'b',
      completedAt: null,
      state: 'open',
    });
    const finished = lastSupervision([...history, { type: 'replied', at: '2026-12-08T00:00:00.000Z' }, { type: 'closed', at: '2026-12-20T00:00:00.000Z' }], NOW);
    expect(finished).toMatchObject({ completedAt: '2026-12-08T00:00:00.000Z', state: 'fulfilled' });
    expect(lastSupervision([{ type: 'replied', at: '2026-12-08T00:00:00.000Z' }], NOW)).toBeNull();
  });
});
