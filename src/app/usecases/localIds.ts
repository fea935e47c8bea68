/**
 * Ids for records and items made here before the store has saved them (reviews, targets, evidence).
 * The store tells new items by their absent eTag and gives them SharePoint ids; these only need to be
 * unique until then, including across a reload that restores a draft (hence time and randomness, not
 * just a counter).
 */
let counter = 0;

type LocalKind = 'review' | 'item' | 'target' | 'long-term-target' | 'evidence';

const randomPart = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID().slice(0, 8)
    : Math.random().toString(36).slice(2, 10);

export const newLocalId = (kind: LocalKind): string => {
  counter += 1;
  return `new-${kind}-${Date.now().toString(36)}-${counter.toString(36)}-${randomPart()}`;
};

export const newLocalReviewId = (): string => newLocalId('review');
