/**
 * Ids for records made here before the store has saved them. The store tells new items by their
 * absent eTag and gives them SharePoint ids; these only need to be unique until then.
 */
let counter = 0;

const randomPart = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID().slice(0, 8)
    : Math.random().toString(36).slice(2, 10);

export const newLocalId = (kind: 'review' | 'item'): string => {
  counter += 1;
  return `new-${kind}-${Date.now().toString(36)}-${counter.toString(36)}-${randomPart()}`;
};

export const newLocalReviewId = (): string => newLocalId('review');
