import type { BookedReview } from '../../domain';

/**
 * The soonest review meeting still to come for each plan series, by series id. A meeting that has
 * started no longer counts: once it is held, the plan's own review date speaks again.
 */
export const nextMeetingBySeries = (booked: readonly BookedReview[], now: Date): Map<string, string> => {
  const bySeries = new Map<string, string>();
  for (const meeting of booked) {
    const startsAt = Date.parse(meeting.start);
    if (Number.isNaN(startsAt) || startsAt <= now.getTime()) continue;
    const seen = bySeries.get(meeting.planSeriesId);
    if (seen === undefined || startsAt < Date.parse(seen)) bySeries.set(meeting.planSeriesId, meeting.start);
  }
  return bySeries;
};
