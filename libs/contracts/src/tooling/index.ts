// Dev-time tooling (schema, sample and AsyncAPI generation): deliberately not exported from
// `#contracts`, so services never load its devDependencies.
export * from './json-schema.js';
export * from './compatibility.js';
export * from './samples.js';
export * from './asyncapi.js';
export * from './contract-files.js';
