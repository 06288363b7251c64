import { isUnavailable } from './unavailable.js';

describe('telling an unavailable database from a failing event', () => {
  it.each([
    ['PostgreSQL starting up', { code: '57P03', message: 'the database system is starting up' }],
    ['an administrator shutdown', { code: '57P01', message: 'terminating connection due to administrator command' }],
    ['a connection failure class 08', { code: '08006', message: 'connection failure' }],
    ['too many connections', { code: '53300', message: 'sorry, too many clients already' }],
    ['a refused socket', { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }],
    ['a dropped connection', { message: 'Connection terminated unexpectedly' }],
    ['a pool timeout', { message: 'timeout exceeded when trying to connect' }],
    ['a lock wait past lock_timeout', { code: '55P03', message: 'canceling statement due to lock timeout' }],
    ['a session ended idle in its transaction', { code: '25P03', message: 'terminating connection due to idle-in-transaction timeout' }],
    ['TypeORM wrapping a driver error', { message: 'Query failed', driverError: { code: '57P01' } }],
  ])('%s is unavailability', (_, err) => {
    expect(isUnavailable(Object.assign(new Error(err.message), err))).toBe(true);
  });

  it.each([
    ['a constraint the event breaks', { code: '23514', message: 'new row violates check constraint' }],
    ['a unique violation', { code: '23505', message: 'duplicate key value' }],
    ['a bug in the handler', { message: "Cannot read properties of undefined (reading 'x')" }],
  ])('%s is the event’s own failure', (_, err) => {
    expect(isUnavailable(Object.assign(new Error(err.message), err))).toBe(false);
  });
});
