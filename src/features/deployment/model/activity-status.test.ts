import { describe, expect, it } from 'vitest';
import { logCategories } from '../../../api/contract';
import { logCategoryStyle, logCategoryStyles } from './activity-status';

describe('task log line styles', () => {
  it('has a style for every category a server writes', () => {
    for (const category of logCategories) {
      expect(Object.hasOwn(logCategoryStyles, category), category).toBe(true);
    }
  });

  it('names warnings, errors and alerts out loud, and keeps planned lines quiet', () => {
    expect(logCategoryStyle('Warning').announce).toBe('Warning');
    expect(logCategoryStyle('Alert').announce).toBe('Alert');
    expect(logCategoryStyle('Planned')).toEqual({ tone: 'muted', announce: null });
    expect(logCategoryStyle('Highlight').tone).toBe('strong');
  });

  it('draws a category it does not know as a plain line', () => {
    expect(logCategoryStyle('SomethingNew')).toBe(logCategoryStyles.Unknown);
    expect(logCategoryStyle('toString')).toBe(logCategoryStyles.Unknown);
  });
});
