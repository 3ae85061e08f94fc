import { formatVnd } from './format-vnd.util';
import type { FuneralSupportDecision } from './decide-funeral-support.util';

/**
 * The answer to a dossier for a death whose support another dossier already paid, or is paying:
 * the support is paid once per deceased person, so this family's benefit at least as large is
 * that one.
 */
export function supportHeldElsewhere(amount: number): FuneralSupportDecision {
  return {
    kind: 'not-applicable',
    code: 'higher-benefit-paid',
    reason: `The funeral-expense support of ${formatVnd(amount)} for this death is already paid, or being paid, under another dossier; it is paid once per deceased person.`,
    amount,
  };
}
