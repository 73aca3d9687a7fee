import type { IntakeStore } from '../intake/intake-store.ts';
import type { CaseStore } from '../storage/case-store.ts';
import { noteStoreFailure } from '../storage/store-outage.ts';

/** What "delete my data" removes besides the conversation state. */
export type PrivacyActions = {
  /** Deletes (or, once delivered, scrubs and tells the firm about) each intake; returns how many there were. */
  deleteIntakes(ids: readonly string[]): Promise<number>;
  deleteCases(tokens: readonly string[]): Promise<void>;
};

/** "Delete my data" over the intake store and the case links. */
export function createPrivacyActions(deps: {
  intakes: IntakeStore;
  cases: CaseStore;
  now: () => Date;
}): PrivacyActions {
  return {
    async deleteIntakes(ids) {
      const outcomes = await Promise.all(ids.map((id) => deps.intakes.deleteForPerson(id, deps.now()))).catch(
        (error: unknown) => {
          noteStoreFailure(); // a 503; asking again finishes the deletion, which is idempotent
          throw error;
        },
      );
      return outcomes.filter((outcome) => outcome.ok).length;
    },
    deleteCases: (tokens) => deps.cases.delete(tokens),
  };
}
