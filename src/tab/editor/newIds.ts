/**
 * Ids for items made in the editor before they are saved. The store tells new items from saved ones
 * by their absent eTag and gives them their SharePoint ids; these only need to be unique meanwhile,
 * including across a reload that restores a draft (hence time and randomness, not just a counter).
 */
let counter = 0;

export const newLocalId = (kind: 'target' | 'long-term-target' | 'evidence'): string => {
  counter += 1;
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return `new-${kind}-${Date.now().toString(36)}-${counter.toString(36)}-${random}`;
};
