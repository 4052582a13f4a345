/**
 * `npm run test:stress`: the whole suite (`npm test`), three times in a row, while one busy
 * process per core keeps the machine loaded, as a shared CI runner is. A test that passes only
 * on an idle machine fails here. Stops at the first failing run; the busy processes end with it.
 *
 *   npm run test:stress              three runs
 *   npm run test:stress -- --runs 5  five
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;

// Each burns one core until it is killed: a tight loop, no I/O.
const busy = Array.from({ length: availableParallelism() }, () =>
  spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' }),
);
const stopBusy = () => busy.forEach((child) => child.kill('SIGKILL'));
process.on('exit', stopBusy);
process.on('SIGINT', () => process.exit(130));

function runSuite() {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['test'], { stdio: 'inherit', env: { ...process.env, CI: 'true' } });
    child.on('exit', (code) => resolve({ code: code ?? 1, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

const results = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\n=== test:stress run ${run} of ${runs} (${busy.length} busy processes) ===\n`);
  const result = await runSuite();
  results.push(result);
  console.log(`\n=== run ${run}: ${result.code === 0 ? 'passed' : 'FAILED'} in ${result.seconds} s ===`);
  if (result.code !== 0) break;
}
stopBusy();
const passed = results.filter((result) => result.code === 0).length;
console.log(
  `\ntest:stress: ${passed} of ${runs} runs passed under load (${results.map((r) => `${r.seconds} s`).join(', ')})`,
);
process.exit(passed === runs ? 0 : 1);
