import { FixedClock, SystemClock } from './clock';

describe('the clock', () => {
  it('gives a fixed clock the same instant every time, as a new Date', () => {
    const instant = new Date('2025-12-31T17:30:00Z');
    const sut = new FixedClock(instant);
    instant.setUTCFullYear(2000);
    sut.now().setUTCFullYear(2000);

    expect(sut.now().toISOString()).toBe('2025-12-31T17:30:00.000Z');
  });

  it('judges today in Vietnam: the next year already at 17:30 UTC on 31 December', () => {
    expect(new FixedClock(new Date('2025-12-31T17:30:00Z')).today()).toBe('2026-01-01');
    expect(new FixedClock(new Date('2025-12-31T16:59:59Z')).today()).toBe('2025-12-31');
  });

  it('reads the machine time from the system clock', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();

    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
