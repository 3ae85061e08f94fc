/** A calendar date, `yyyy-mm-dd`, in Vietnam's time zone; compared as a string. */
export type IsoDate = string;

/** Channels a dossier can be filed through. */
export const FEE_CHANNELS = ['online', 'counter'] as const;

/** The channel a dossier was filed through; online filing is reduced. */
export type FeeChannel = (typeof FEE_CHANNELS)[number];

/**
 * One version of the fee for certified copies of the birth extract. Registering a birth on time is
 * free; only the copies cost. A new circular adds a version instead of editing one, so a dossier's
 * fee can always be recomputed with the rule in force on its filing date.
 */
export interface FeeRule {
  /** First day the rule is in force. */
  readonly effectiveFrom: IsoDate;
  /** Last day the rule is in force (inclusive); absent while no later rule replaces it. */
  readonly effectiveTo?: IsoDate;
  /** Whole dong per certified copy, e.g. 8000. */
  readonly unitAmount: number;
  readonly currency: 'VND';
  /** Reduction for dossiers filed online, as a whole percentage from 0 to 100. */
  readonly onlineReduction: { readonly percent: number };
}
