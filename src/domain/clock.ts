/** Every date rule takes a clock, so tests freeze time and nothing depends on the machine's zone. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock => {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`fixedClock: not a date: ${iso}`);
  return { now: () => new Date(instant.getTime()) };
};
