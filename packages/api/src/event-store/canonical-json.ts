import { createHash } from 'node:crypto';
import type { Json } from './types.js';

/** JSON with object keys sorted at every level: equal values always give equal bytes. */
export const canonicalJson = (value: Json | undefined): string => {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
