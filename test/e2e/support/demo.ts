import { DEMO_PERSONAS, DEMO_SCHOOL } from '../../../dev/standin/demoSchool';

const persona = (role: RegExp) => {
  const found = DEMO_PERSONAS.find((p) => role.test(p.role));
  if (!found) throw new Error(`The demo school has no persona whose role matches ${role}.`);
  return found;
};

export const SENCO = persona(/^SENCO$/);
export const OTTERS_TEACHER = persona(/^Class teacher \(Year 4 Otters\)$/);
export const OTTERS_TA = persona(/^Teaching assistant \(Year 4 Otters\)$/);
export const PUPIL = persona(/^Pupil/);

const demoClass = (name: string) => {
  const found = DEMO_SCHOOL.classes.find((c) => c.displayName === name);
  if (!found) throw new Error(`The demo school has no class ${name}.`);
  return found;
};
export const OTTERS = demoClass('Year 4 Otters');
