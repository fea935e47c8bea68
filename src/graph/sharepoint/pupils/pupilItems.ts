import type { Pupil } from '../../../domain/pupil';
import { etagOf, mapDecoded, type ItemDecode } from '../shared/listItem';
import { pupilFromItem } from './pupilMapper';

/** A pupil item with the eTag it was read at, which a write of it sends back as If-Match. */
export const pupilWithEtagFromItem = (raw: unknown): ItemDecode<Pupil> =>
  mapDecoded(pupilFromItem(raw), (pupil, item) => {
    const etag = etagOf(item);
    return etag === undefined ? pupil : { ...pupil, etag };
  });
