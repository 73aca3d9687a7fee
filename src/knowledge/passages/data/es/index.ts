import type { PassageTwin } from '../../passage-schema.ts';
import { collectionTwins } from './collection.ts';
import { deadlineTwins } from './deadlines.ts';
import { disputeTwins } from './disputes.ts';
import { helpTwins } from './help.ts';
import { paymentTwins } from './payment.ts';
import { reliefTwins } from './relief.ts';
import { respondTwins } from './respond.ts';
import { verifyTwins } from './verify.ts';

/**
 * The Spanish twin of every passage, in plain U.S. Spanish (usted), as written before validation: the
 * same facts as the English passage, said for a Spanish reader (see PassageTwinSchema).
 */
export const ALL_SPANISH_TWINS: readonly PassageTwin[] = [
  ...verifyTwins,
  ...deadlineTwins,
  ...respondTwins,
  ...paymentTwins,
  ...reliefTwins,
  ...disputeTwins,
  ...collectionTwins,
  ...helpTwins,
];
