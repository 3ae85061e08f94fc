import { FixedClock, vietnamDateOf } from './clock';

describe('the clock', () => {
  it('judges today in Asia/Ho_Chi_Minh, seven hours ahead of UTC', () => {
    expect(vietnamDateOf(new Date('2025-09-30T16:59:59Z'))).toBe('2025-09-30');
    expect(vietnamDateOf(new Date('2025-09-30T17:00:00Z'))).toBe('2025-10-01');
  });

  it('gives a fixed clock the same instant every time, as a new Date', () => {
    const clock = new FixedClock(new Date('2025-12-31T17:30:00Z'));
    const first = clock.now();
    first.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2025-12-31T17:30:00.000Z');
    expect(clock.today()).toBe('2026-01-01');
  });
});
