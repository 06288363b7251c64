export * from './eventually.js';
export * from './nats-server.js';
export * from './test-database.js';
export * from './test-platform.js';
