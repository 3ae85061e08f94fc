/**
 * The terms of funeral-expense support ("hỗ trợ chi phí mai táng") for deceased monthly
 * social-assistance beneficiaries, as data: a new decree or a province's resolution adds a row
 * here, and no code changes. Amounts are whole VND; dates are `yyyy-mm-dd`, in force from that
 * day (inclusive) until the next row's.
 */

/** A national standard social-assistance level ("mức chuẩn trợ giúp xã hội") and what it yields. */
export interface NationalStandardLevel {
  /** First day in force. */
  readonly from: string;
  /** VND per month. */
  readonly standardLevel: number;
  /** The support is this many times the standard level in force on the date of death. */
  readonly funeralSupportMultiplier: number;
  readonly legalBasis: string;
}

/**
 * A province's own, higher standard level: the provincial People's Council may set the standard
 * level above the national one for its territory (Decree 20/2021/ND-CP, Art. 4). Never lowers it:
 * a provincial level below the national one in force is ignored.
 */
export interface ProvincialStandardLevel {
  /** 3-digit province code, as in PINs, e.g. `079` Ho Chi Minh City. */
  readonly provinceCode: string;
  /** First day in force. */
  readonly from: string;
  /** VND per month. */
  readonly standardLevel: number;
  readonly legalBasis: string;
}

/** Everything the amount depends on. */
export interface FuneralSupportTerms {
  readonly national: readonly NationalStandardLevel[];
  readonly provincial: readonly ProvincialStandardLevel[];
}

/** The national standard levels since 2014, each with the multiplier of funeral support. */
export const NATIONAL_STANDARD_LEVELS: readonly NationalStandardLevel[] = [
  {
    from: '2014-01-01',
    standardLevel: 270_000,
    funeralSupportMultiplier: 20,
    legalBasis: 'Decree 136/2013/ND-CP, Art. 4 and 11',
  },
  {
    from: '2021-07-01',
    standardLevel: 360_000,
    funeralSupportMultiplier: 20,
    legalBasis: 'Decree 20/2021/ND-CP, Art. 4 and 11',
  },
  {
    from: '2024-07-01',
    standardLevel: 500_000,
    funeralSupportMultiplier: 20,
    legalBasis: 'Decree 20/2021/ND-CP, Art. 4 and 11, as amended by Decree 76/2024/ND-CP',
  },
];

/** Provinces' own higher levels: none recorded yet (see docs/services/social-protection-service.md). */
export const PROVINCIAL_STANDARD_LEVELS: readonly ProvincialStandardLevel[] = [];

/** The terms in force, as the service applies them. */
export const FUNERAL_SUPPORT_TERMS: FuneralSupportTerms = {
  national: NATIONAL_STANDARD_LEVELS,
  provincial: PROVINCIAL_STANDARD_LEVELS,
};
