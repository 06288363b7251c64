export * from './eventually.js';
export * from './nats-server.js';
export * from './test-database.js';
export * from './test-platform.js';
export * from './fake-sms-gateway.js';
export * from './smtp-sink.js';
export * from './postgres-server.js';
export * from './personal-data.js';
