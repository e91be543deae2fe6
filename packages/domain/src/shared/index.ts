export * from './aggregate.js';
export * from './errors.js';
export * from './provenance.js';
export * from './types.js';
export * from './validation.js';
