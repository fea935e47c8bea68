/** A list item as Graph returns it with `$expand=fields`, for the mappers' tests. */
export const listItemOf = (id: string, fields: Record<string, unknown>, etag = `"{0000-${id}},1"`) => ({
  id,
  eTag: etag,
  lastModifiedDateTime: '2026-02-10T10:00:00Z',
  fields: { '@odata.etag': etag, id, ContentType: 'Item', Modified: '2026-02-10T10:00:00Z', ...fields },
});
