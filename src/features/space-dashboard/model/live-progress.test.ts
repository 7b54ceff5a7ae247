import { describe, expect, it } from 'vitest';
import { describeLiveProgress } from './live-progress';

describe('describeLiveProgress', () => {
  it('says how many cells have a live status, of how many, and how many could not be read', () => {
    expect(describeLiveProgress({ read: 120, failed: 0, total: 480 })).toBe(
      'Live status for 120 of 480 cells',
    );
    expect(describeLiveProgress({ read: 1200, failed: 3, total: 4819 })).toBe(
      'Live status for 1,200 of 4,819 cells; 3 could not be read',
    );
    expect(describeLiveProgress({ read: 20, failed: 0, total: 20 })).toBe(
      'Live status for all 20 cells',
    );
    expect(describeLiveProgress({ read: 0, failed: 0, total: 1 })).toBe(
      'Live status for 0 of 1 cell',
    );
  });
});
