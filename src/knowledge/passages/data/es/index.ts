import { verifyTwins } from './verify.ts';
import type { PassageTwin } from '../../passage-schema.ts';

/**
 * The Spanish twin of every passage, in plain U.S. Spanish (usted), as written before validation: the
 * same facts as the English passage, said for a Spanish reader (see PassageTwinSchema).
 */
export const ALL_SPANISH_TWINS: readonly PassageTwin[] = [...verifyTwins];
