// class-transformer's @Type reads decorator metadata: the polyfill must load before any contract class
import 'reflect-metadata';
export * from './envelope.js';
export * from './event-contract.js';
export * from './streams.js';
export * from './validation.js';
export * from './codec.js';
export * from './registry.js';
export * from './intake/petition-registered.v1.js';
