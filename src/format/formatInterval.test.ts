import { describe, expect, it } from 'vitest';
import { benefitLabel } from './benefitLabel';
import { formatInterval } from './formatInterval';

describe('formatInterval', () => {
  it.each([
    ['day', 1, '/ day', 'per day'],
    ['week', 1, '/ wk', 'per week'],
    ['month', 1, '/ mo', 'per month'],
    ['month', 3, '/ 3 mo', 'every 3 months'],
    ['year', 1, '/ yr', 'per year'],
    ['day', 14, '/ 14 days', 'every 14 days'],
  ])('formats %s × %i as "%s" ("%s")', (interval, count, label, spoken) => {
    expect(formatInterval(interval, count)).toEqual({ label, spoken });
  });

  it('shows an interval Polar adds later by its name', () => {
    expect(formatInterval('fortnight')).toEqual({ label: '/ fortnight', spoken: 'per fortnight' });
  });

  it('takes its words from the messages', () => {
    const messages = { interval: (_: string, count: number) => (count === 1 ? '/ Monat' : `/ ${count} Monate`) };
    expect(formatInterval('month', 3, { messages }).label).toBe('/ 3 Monate');
    expect(formatInterval('month', 3, { messages }).spoken).toBe('every 3 months');
  });
});

describe('benefitLabel', () => {
  it('names every benefit type, and unknown ones neutrally', () => {
    expect(benefitLabel('license_keys')).toBe('License key');
    expect(benefitLabel({ type: 'github_repository' })).toBe('GitHub repository access');
    expect(benefitLabel('slack_shared_channel')).toBe('Shared Slack channel');
    expect(benefitLabel('quantum_entanglement')).toBe('Benefit');
    expect(benefitLabel('toString')).toBe('Benefit');
    expect(benefitLabel('discord', { benefitDiscord: 'Discord-Zugang' })).toBe('Discord-Zugang');
  });
});
