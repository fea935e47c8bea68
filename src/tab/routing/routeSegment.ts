/**
 * The one decoder of an id in a hash route: percent-decoded, and null when it is missing, malformed,
 * blank or longer than any id the app makes (a pasted or tampered link is "not found", never a crash).
 */
export const routeSegment = (segment: string | undefined): string | null => {
  if (segment === undefined) return null;
  try {
    const value = decodeURIComponent(segment);
    return value.trim() === '' || value.length > 255 ? null : value;
  } catch {
    return null;
  }
};
