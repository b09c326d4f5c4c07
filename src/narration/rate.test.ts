import { describe, expect, it } from 'vitest';
import { formatRate, narrationRateFromQuery, stepRate } from './rate.ts';

describe('narration speed', () => {
  it('reads ?narrationRate= and keeps it between 0.5 and 16', () => {
    expect(narrationRateFromQuery('?narrationRate=16')).toBe(16);
    expect(narrationRateFromQuery('?a=1&narrationRate=1.5')).toBe(1.5);
    expect(narrationRateFromQuery('?narrationRate=40')).toBe(16);
    expect(narrationRateFromQuery('?narrationRate=0.1')).toBe(0.5);
    expect(narrationRateFromQuery('?narrationRate=fast')).toBeNull();
    expect(narrationRateFromQuery('')).toBeNull();
  });

  it('steps up and down the offered speeds, from on or off the list', () => {
    expect(stepRate(1, 1)).toBe(1.25);
    expect(stepRate(1, -1)).toBe(0.75);
    expect(stepRate(2, 1)).toBe(2);
    expect(stepRate(16, -1)).toBe(2);
    expect(stepRate(1.1, 1)).toBe(1.25);
  });

  it('shows a speed as a multiple', () => {
    expect(formatRate(1)).toBe('1×');
    expect(formatRate(1.25)).toBe('1.25×');
  });
});
