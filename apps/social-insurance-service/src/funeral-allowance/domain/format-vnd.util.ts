const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole VND amount as people read it: `23,400,000 VND`. */
export function formatVnd(amount: number): string {
  return `${GROUPED.format(amount)} VND`;
}
