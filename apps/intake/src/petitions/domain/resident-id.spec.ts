import { normalizeResidentId, residentIdProblem } from './resident-id.js';

describe('resident ID numbers (GB 11643)', () => {
  it.each([
    ['430524196803121232', 'a valid number'],
    ['11010519491231002X', 'a valid number ending in X'],
  ])('accepts %s (%s)', (id) => {
    expect(residentIdProblem(id)).toBeNull();
  });

  it.each([
    ['430524196803121233', 'check-digit'],
    ['11010519491231002x', 'format'], // lower-case x must be normalised first
    ['4305241968031212', 'format'],
    ['43052419680312123A', 'format'],
    ['430524196802301235', 'birth-date'], // 30 February
    ['430524203001011234', 'birth-date'], // in the future
    ['430524180001011234', 'birth-date'], // before 1900
  ])('refuses %s: %s', (id, problem) => {
    expect(residentIdProblem(id, new Date('2026-11-27'))).toBe(problem);
  });

  it('normalises what staff type', () => {
    expect(normalizeResidentId(' 11010519491231002x ')).toBe('11010519491231002X');
  });
});
