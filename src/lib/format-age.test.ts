import { describe, expect, it } from 'vitest';
import { formatAge } from './format-age';

describe('formatAge', () => {
  it('counts seconds, then minutes, hours and days', () => {
    expect(formatAge(0)).toBe('0 s ago');
    expect(formatAge(4.7)).toBe('4 s ago');
    expect(formatAge(59)).toBe('59 s ago');
    expect(formatAge(60)).toBe('1 min ago');
    expect(formatAge(14 * 60 + 5)).toBe('14 min ago');
    expect(formatAge(3 * 3600)).toBe('3 h ago');
    expect(formatAge(2 * 86_400)).toBe('2 d ago');
    expect(formatAge(-3)).toBe('0 s ago');
  });
});
