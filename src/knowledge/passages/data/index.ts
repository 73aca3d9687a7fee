import type { Passage } from '../passage-schema.ts';
import { collectionPassages } from './collection.ts';
import { deadlinePassages } from './deadlines.ts';
import { disputePassages } from './disputes.ts';
import { helpPassages } from './help.ts';
import { paymentPassages } from './payment.ts';
import { reliefPassages } from './relief.ts';
import { respondPassages } from './respond.ts';
import { verifyPassages } from './verify.ts';

/** Every passage as written, before validation: the knowledge base and the claims script read this list. */
export const ALL_PASSAGE_DATA: readonly Passage[] = [
  ...verifyPassages,
  ...deadlinePassages,
  ...respondPassages,
  ...paymentPassages,
  ...reliefPassages,
  ...disputePassages,
  ...collectionPassages,
  ...helpPassages,
];
