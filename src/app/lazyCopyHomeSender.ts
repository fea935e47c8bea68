import { memoise } from '../domain/memoise';
import type { CopyHomeSender } from './copyHome';

/** The copy-home sender, loaded on the first send: most sessions never send a copy home. */
export const lazyCopyHomeSender = (load: () => Promise<CopyHomeSender>): CopyHomeSender => {
  const loaded = memoise(load);
  return { send: async (request, onProgress) => (await loaded()).send(request, onProgress) };
};
