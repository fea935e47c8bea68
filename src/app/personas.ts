import type { LocalAppConfig } from './config';

/** A demo user of the local stand-in (SENCO, class teacher, teaching assistant, pupil). */
export type Persona = LocalAppConfig['personas'][number];

/**
 * The chosen demo persona is remembered for the browser tab only (sessionStorage), never in
 * localStorage; it is an invented stand-in user, not a credential.
 */
export const PERSONA_STORAGE_KEY = 'iep-persona';

/** `?persona=<email>` (handy in end-to-end tests) wins, then the remembered choice, then the first persona. */
export const initialPersona = (
  config: LocalAppConfig,
  search: string,
  remembered: string | null,
): Persona => {
  const wanted = new URLSearchParams(search).get('persona') ?? remembered;
  const match = wanted
    ? config.personas.find((p) => p.email.toLowerCase() === wanted.toLowerCase())
    : undefined;
  // The schema guarantees at least one persona.
  return match ?? (config.personas[0] as Persona);
};
