import { dayOfWeek, daysBetween, earlierDate, laterDate, type IsoDate } from './dates';
import type { PlacementId, ProvisionId, PupilId } from './ids';
import type { Placement, Provision } from './provision';
import type { SchoolTerm } from './termDates';

/**
 * What a provision costs in a term, and who it costs it for.
 *
 * Everything is worked out from school days (weekdays inside the term's parts, so half term is not
 * counted): a pupil on a provision for half the school days has an attendance fraction of 0.5. A
 * group runs while anyone is in it, so it runs for the weeks of its longest-attending member, and
 * its cost is shared among its members by how long each attended. Money stays in whole pence: a
 * group's cost is rounded once, and the shares are found by the largest-remainder method so they
 * always add up to the group's cost exactly. The arithmetic is done on whole numbers (school days
 * and pence) so no binary fraction can tip a half penny the wrong way.
 */

const SATURDAY = 6;
const SUNDAY = 0;

/** Weekdays from `from` to `to`, both included; 0 when `to` is before `from`. */
const weekdaysBetween = (from: IsoDate, to: IsoDate): number => {
  const days = daysBetween(from, to) + 1;
  if (days <= 0) return 0;
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  const first = dayOfWeek(from);
  for (let i = 0; i < days % 7; i += 1) {
    const day = (first + i) % 7;
    if (day !== SATURDAY && day !== SUNDAY) count += 1;
  }
  return count;
};

/** School days of the term between two dates (both included), half terms left out. */
const schoolDaysWithin = (term: SchoolTerm, from: IsoDate, to: IsoDate): number =>
  term.parts.reduce(
    (sum, part) => sum + weekdaysBetween(laterDate(part.start, from), earlierDate(part.end, to)),
    0,
  );

const termSchoolDays = (term: SchoolTerm): number => schoolDaysWithin(term, term.start, term.end);

/** School days the placement covers, clamped to the term. */
const attendedDays = (placement: Pick<Placement, 'start' | 'end'>, term: SchoolTerm): number =>
  schoolDaysWithin(term, placement.start, placement.end);

/** The share of the term's school days (0..1) a placement's start..end covers. */
export const attendanceFraction = (placement: Pick<Placement, 'start' | 'end'>, term: SchoolTerm): number => {
  const total = termSchoolDays(term);
  return total === 0 ? 0 : attendedDays(placement, term) / total;
};

export interface GroupCost {
  readonly provisionId: ProvisionId;
  /** The group's number; a 1:1 pupil's own placement number. */
  readonly group: number;
  readonly placementIds: readonly PlacementId[];
  /** Weeks the group ran: the provision's weeks per term × its longest-attending member's fraction. */
  readonly weeks: number;
  /** Hours of staff time, every adult in the session counted. */
  readonly staffHours: number;
  readonly costPence: number;
}

export interface PupilCost {
  readonly placementId: PlacementId;
  readonly pupilId: PupilId;
  readonly provisionId: ProvisionId;
  readonly group: number;
  readonly attendanceFraction: number;
  /** Hours of the provision the pupil receives: their attended weeks × sessions × minutes. */
  readonly hours: number;
  /** Their share of their group's cost; shares add up to the group's cost. */
  readonly costPence: number;
}

export interface ProvisionTermCost {
  readonly groups: readonly GroupCost[];
  readonly pupils: readonly PupilCost[];
}

/** a / b rounded half up, for whole numbers a ≥ 0 and b > 0, without leaving whole numbers. */
const divideRoundingHalfUp = (a: number, b: number): number => Math.floor((2 * a + b) / (2 * b));

/**
 * Splits whole pence in proportion to whole-number weights, so the parts add up to the whole:
 * each part's floor first, then a penny each to the largest remainders (ties to the earlier weight).
 */
export const shareByLargestRemainder = (totalPence: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const shares = weights.map((w) => Math.floor((totalPence * w) / sum));
  const remainders = weights.map((w, index) => ({ index, remainder: (totalPence * w) % sum }));
  let left = totalPence - shares.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of remainders) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
};

/** The key a placement's group is known by: each 1:1 placement is a group of its own. */
const groupKey = (provision: Provision, placement: Placement): string =>
  provision.delivery === 'one-to-one' ? `1:1 ${placement.id}` : `group ${placement.group}`;

const byPlacementId = (a: Placement, b: Placement): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The cost of one provision's groups and pupils in a term. Only placements of this provision and
 * this term are counted; a group's members are shared out in placement-id order so ties in the
 * largest-remainder method always fall the same way.
 */
export const costProvisionTerm = (
  provision: Provision,
  placements: readonly Placement[],
  term: SchoolTerm,
): ProvisionTermCost => {
  const totalDays = termSchoolDays(term);
  const groups = new Map<string, Placement[]>();
  for (const placement of placements) {
    if (placement.provisionId !== provision.id || placement.term !== term.start) continue;
    const key = groupKey(provision, placement);
    const members = groups.get(key) ?? [];
    members.push(placement);
    groups.set(key, members);
  }

  const groupCosts: GroupCost[] = [];
  const pupilCosts: PupilCost[] = [];
  const minutesPerWeek = provision.sessionsPerWeek * provision.minutesPerSession;
  for (const members of groups.values()) {
    members.sort(byPlacementId);
    const days = members.map((m) => attendedDays(m, term));
    const longest = Math.max(...days);
    const fraction = totalDays === 0 ? 0 : longest / totalDays;
    const weeks = provision.weeksPerTerm * fraction;
    const staffHours = (minutesPerWeek / 60) * weeks * provision.staffPerSession;
    // Staff time and resources, both scaled by the longest member's school days, over one common
    // denominator: (pence per hour × staff minutes in a whole term + 60 × resources) × days / (60 × term days).
    const staffMinutesWholeTerm = minutesPerWeek * provision.weeksPerTerm * provision.staffPerSession;
    const numerator =
      (provision.costPerHourPence * staffMinutesWholeTerm + 60 * provision.resourcesCostPence) * longest;
    const costPence = totalDays === 0 ? 0 : divideRoundingHalfUp(numerator, 60 * totalDays);
    const first = members[0] as Placement;
    groupCosts.push({
      provisionId: provision.id,
      group: first.group,
      placementIds: members.map((m) => m.id),
      weeks,
      staffHours,
      costPence,
    });
    const shares = shareByLargestRemainder(costPence, days);
    members.forEach((member, index) => {
      const memberFraction = totalDays === 0 ? 0 : (days[index] ?? 0) / totalDays;
      pupilCosts.push({
        placementId: member.id,
        pupilId: member.pupilId,
        provisionId: provision.id,
        group: member.group,
        attendanceFraction: memberFraction,
        hours: (minutesPerWeek / 60) * provision.weeksPerTerm * memberFraction,
        costPence: shares[index] ?? 0,
      });
    });
  }
  groupCosts.sort((a, b) => a.group - b.group);
  return { groups: groupCosts, pupils: pupilCosts };
};

const staffKey = (name: string): string => name.trim().replace(/\s+/g, ' ');

/**
 * Hours each named member of staff spends on provision in a term, across every provision they are
 * named on. A provision's staff are shared by its groups, so each group's staff hours are split
 * evenly among the provision's named staff: one teaching assistant named on two groups (of one
 * provision or of two) carries the hours of both. With two adults a session and two names, each
 * carries every session; with one adult and two names they are taken to alternate. Provisions with
 * no one named add to nobody. Names are matched as typed, spaces tidied.
 */
export const staffHoursByPerson = (
  provisions: readonly Provision[],
  placements: readonly Placement[],
  term: SchoolTerm,
): Map<string, number> => {
  const byProvision = new Map<ProvisionId, Placement[]>();
  for (const placement of placements) {
    const list = byProvision.get(placement.provisionId) ?? [];
    list.push(placement);
    byProvision.set(placement.provisionId, list);
  }
  const hours = new Map<string, number>();
  for (const provision of provisions) {
    const names = [...new Set(provision.staffNames.map(staffKey).filter((n) => n !== ''))];
    const mine = byProvision.get(provision.id);
    if (names.length === 0 || !mine) continue;
    const total = costProvisionTerm(provision, mine, term).groups.reduce((sum, g) => sum + g.staffHours, 0);
    for (const name of names) hours.set(name, (hours.get(name) ?? 0) + total / names.length);
  }
  return hours;
};

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Whole pence as pounds: 123450 → "£1,234.50". */
export const formatPounds = (pence: number): string => pounds.format(pence / 100);

const hoursNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Hours to one decimal place at most: "15 hours", "7.5 hours", "1 hour". */
export const formatHours = (hours: number): string => {
  const text = hoursNumber.format(hours);
  return text === '1' ? '1 hour' : `${text} hours`;
};
