import type { ConvertibleToProblem, ProblemInit } from '@lienthong/platform';

/** Why a card lookup failed. */
export enum CardLookupErrorCode {
  CardNotFound = 'health-insurance-card-not-found',
}

/**
 * A card lookup error; the global filter answers it as problem+json. The detail never holds the
 * card number (a PIN, personal data): the caller already knows what it asked for.
 */
export class CardLookupError extends Error implements ConvertibleToProblem {
  constructor(readonly code: CardLookupErrorCode) {
    super(code);
    this.name = 'CardLookupError';
  }

  toProblem(): ProblemInit {
    switch (this.code) {
      case CardLookupErrorCode.CardNotFound:
        return {
          status: 404,
          type: this.code,
          title: 'Health-insurance card not found',
          detail: 'No health-insurance card with this number has been issued.',
        };
    }
  }
}
