import type { IntakeEnv } from './intake-settings.ts';
import type { IntakeStore } from './intake-store.ts';
import { PostgresIntakeStore } from './postgres-intake-store.ts';
import { SqliteIntakeStore } from './sqlite-intake-store.ts';

type IntakeBackend = 'postgres' | 'sqlite';

/** PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function createIntakeStore(
  env: Pick<IntakeEnv, 'DATABASE_URL' | 'INTAKE_SQLITE_PATH'>,
  onIdleError?: (error: Error) => void,
): { store: IntakeStore; backend: IntakeBackend } {
  if (env.DATABASE_URL) {
    return {
      store: new PostgresIntakeStore({
        connectionString: env.DATABASE_URL,
        ...(onIdleError ? { onIdleError } : {}),
      }),
      backend: 'postgres',
    };
  }
  return { store: new SqliteIntakeStore({ path: env.INTAKE_SQLITE_PATH }), backend: 'sqlite' };
}
