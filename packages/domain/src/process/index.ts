export * from './default-process.js';
