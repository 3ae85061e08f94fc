/** An amount in whole VND as the citizen reads it in a reason: `10,000,000 VND`. */
export function formatVnd(amount: number): string {
  // Grouped by hand: Intl's output depends on the ICU data Node was built with.
  return `${String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} VND`;
}
