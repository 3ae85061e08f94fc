import { formatVnd } from './format-vnd.util';

describe('formatVnd', () => {
  it.each([
    [0, '0 VND'],
    [500, '500 VND'],
    [500_000, '500,000 VND'],
    [10_000_000, '10,000,000 VND'],
    [23_400_000, '23,400,000 VND'],
  ])('writes %i as %s', (amount, text) => {
    expect(formatVnd(amount)).toBe(text);
  });
});
