import { describe, expect, it } from 'vitest';
import { parseFigure } from './parse-value.js';

describe('parseFigure', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.250', 1250],
    ['1.250,75', 1250.75],
    [' -3 ', -3],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseFigure(text)).toBe(value);
  });

  it.each(['', 'zwölf', '12,5,1', '1e3', '12 %', '--1'])('refuses %j', (text) => {
    expect(parseFigure(text)).toBeNull();
  });
});
