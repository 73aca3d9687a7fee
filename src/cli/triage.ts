import { parseArgs } from 'node:util';
import { todayIn } from '../config.ts';
import { triage, TriageRequestSchema } from '../knowledge/triage.ts';
import { messages } from '../catalog/catalog.ts';
import { DEFAULT_LOCALE } from '../catalog/locale.ts';
import { triageAsText } from '../render/plain-text.ts';

const USAGE = `Usage: npm run triage -- <notice code> <notice date YYYY-MM-DD> [options]

Options:
  --amount <number>       amount due in dollars
  --agree yes|no|unsure   whether you agree with the balance
  --abroad                your address is outside the United States
  --can-pay yes|no        whether you can pay in full now
  --as-of <YYYY-MM-DD>    compute as of this date (default: today, America/New_York)
  --json                  print the result as JSON (the same body as POST /api/triage)`;

/** yes/no to a boolean; anything else passes through so validation names the bad value. */
function yesNo(value: string | undefined): unknown {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return value;
}

function run(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        amount: { type: 'string' },
        agree: { type: 'string' },
        abroad: { type: 'boolean' },
        'can-pay': { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 2) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const request = TriageRequestSchema.safeParse({
    noticeCode: positionals[0],
    noticeDate: positionals[1],
    agrees: values.agree,
    amountDue: values.amount === undefined ? undefined : Number(values.amount.replace(/[$,]/g, '')),
    addressOutsideUS: values.abroad,
    canPayInFull: yesNo(values['can-pay']),
    asOf: values['as-of'],
  });
  if (!request.success) {
    for (const issue of request.error.issues)
      console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
    return 2;
  }
  const outcome = triage(request.data, todayIn('America/New_York', new Date()));
  if (!outcome.ok) {
    if (outcome.code === 'unknown_notice') {
      console.error(
        `Unknown notice code "${request.data.noticeCode}". Did you mean: ${outcome.suggestions.join(', ') || 'no close match'}?`,
      );
    } else if (outcome.code === 'date_in_future') {
      console.error(`The notice date ${outcome.noticeDate} is after ${outcome.asOf}.`);
    } else {
      for (const issue of outcome.issues) console.error(`${issue.path}: ${issue.message}`);
    }
    return 1;
  }
  const { full: disclaimer } = messages(DEFAULT_LOCALE).disclaimer;
  const output = values.json
    ? JSON.stringify({ ...outcome.result, disclaimer }, null, 2)
    : `${triageAsText(outcome.result, DEFAULT_LOCALE)}\n\n${disclaimer}`;
  process.stdout.write(`${output}\n`);
  return 0;
}

process.exitCode = run(process.argv.slice(2));
