import type { ProcedureDefinition } from '../procedure-definition';
import { BIRTH_REGISTRATION_BUNDLE } from './birth-registration-bundle.definition';
import { DEATH_REGISTRATION_BUNDLE } from './death-registration-bundle.definition';

/** Every procedure group the one-stop shop accepts. Adding a group adds a definition here. */
export const PROCEDURE_DEFINITIONS: readonly ProcedureDefinition[] = [
  BIRTH_REGISTRATION_BUNDLE,
  DEATH_REGISTRATION_BUNDLE,
];

/** Codes accepted in `procedure` of a dossier. */
export const PROCEDURE_CODES: readonly string[] = PROCEDURE_DEFINITIONS.map((p) => p.code);
