/**
 * Every recognised cause has a place in every flow (issue: "a recognised decline must reach its
 * fix"): for each flow × cause, a confident classification goes straight to a fix written for it
 * or to an honest explanation with the ticket, never to a generic list; a suspected one is
 * confirmed in one question first. Facts are asked before the advice only where the advice uses
 * them. docs/flow-causes.md is this table, generated (UPDATE_DOCS=1 rewrites it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadErrorReader } from '../../src/engine/error-reading.js';
import type { ProblemId } from '../../src/shared/problems.js';
import { causeNames } from '../../src/engine/outcomes.js';
import { localize } from '../../src/engine/text.js';
import { isExplanation } from '../../src/engine/steps.js';
import { loadAllFlows } from './graph.js';
import { routedCauses, routesOf, walkCause, type Walk } from './flow-causes.js';
import { flowRouting, unroutedCauses } from '../../demo/lab/cause-routes.js';

vi.mock('../../src/diagnose/classify.js', async () => ({
  classifyError: (await import('./fake-classifier.js')).fakeClassifyError,
}));
// The flows read an error with the classifier the session loads before they need it (docs/decisions/0021);
// here it is loaded before any flow runs, and it is the fake one above.
await loadErrorReader();

const flows = await loadAllFlows();
/** Flows that diagnose an error; `other` collects a description for the ticket instead. */
const diagnosing = flows.filter(([problem]) => problem !== 'other');

/** Facts a cause's advice is built from, and so may be asked before it. */
const factsFor: Partial<Record<string, string[]>> = {
  'limit-exceeded': ['amount'],
  'duplicate-charge': ['occurredAt', 'paymentMethod'],
};

/**
 * Flows that route no cause, and why: the lab's error sandbox lists the causes each flow leaves
 * unrouted (demo/lab/cause-routes.ts), and a flow may leave one only with its reason here.
 */
const whyNotRouted: Partial<Record<ProblemId, string>> = {
  other: 'asks for no error: it takes the description to the ticket',
};

it.each(flows.map(([problem, machine]) => [problem, machine] as const))(
  'the %s flow routes every recognised cause, or says why not',
  (problem, machine) => {
    const routing = flowRouting(machine);
    if (whyNotRouted[problem]) expect(routing, `${problem} diagnoses after all`).toBeUndefined();
    else expect(unroutedCauses(routing!), `${problem}: causes that land on the generic list`).toEqual([]);
  },
);

describe.each(diagnosing)('the %s flow', (problem, machine) => {
  const routes = routesOf(machine)!;

  it('routes every cause the classifier names', () => {
    expect(Object.keys(routes).sort()).toEqual([...routedCauses].sort());
  });

  describe.each(routedCauses)('with a confident %s', (cause) => {
    const walk = walkCause(machine, problem, cause, 0.95);

    it('goes to a fix or an honest explanation, never to a generic list', () => {
      expect(['fix', 'explanation'], `${problem} × ${cause} landed on ${walk.landing.state}`).toContain(
        walk.landing.kind,
      );
      expect(walk.visited).not.toContain('askingSymptom');
      // The diagnosis leaves the naming to an explanation, which it knows by its name.
      expect(walk.landing.kind === 'explanation', walk.landing.state).toBe(isExplanation(walk.landing.state));
    });

    it('asks nothing on the way but the facts its advice uses', () => {
      const allowed = factsFor[cause] ?? [];
      expect(walk.asked.filter((fact) => !allowed.includes(fact))).toEqual([]);
    });

    it.each(['en', 'zh-CN', 'zh-TW'] as const)('names the cause once, not again in the advice (%s)', (locale) => {
      const name = localize(causeNames[cause], locale);
      const { said, landing } = walkCause(machine, problem, cause, 0.95, locale);
      const times = said.join('\n').split(name).length - 1;
      // A fix follows "the likely cause is …"; an explanation says what the message means in its own words.
      if (landing.kind === 'fix') expect(times, said.join('\n')).toBe(1);
      else expect(times, said.join('\n')).toBeLessThanOrEqual(1);
    });

    it('confirms the cause in one question when it is only suspected, then goes to the same place', () => {
      const suspected = walkCause(machine, problem, cause, 0.5);
      expect(suspected.visited[0]).toBe('confirmingCause');
      expect(suspected.landing).toEqual(walk.landing);
    });
  });
});

describe('the other flow', () => {
  const [, machine] = flows.find(([problem]) => problem === 'other')!;

  it.each(routedCauses)('takes %s to the ticket with what the person said', (cause) => {
    const walk = walkCause(machine, 'other', cause, 0.95);
    expect(walk.landing.kind).toBe('ticket');
  });
});

/** The table as docs/flow-causes.md shows it: one row per cause, one column per flow. */
function table(walks: Map<string, Walk>): string {
  const header = `| cause | ${diagnosing.map(([problem]) => problem).join(' | ')} |`;
  const rule = `|---|${diagnosing.map(() => '---').join('|')}|`;
  const rows = routedCauses.map((cause) => {
    const cells = diagnosing.map(([problem]) => {
      const walk = walks.get(`${problem}|${cause}`)!;
      const before = walk.asked.length ? ` (asks ${walk.asked.join(', ')} first)` : '';
      return `${walk.landing.kind === 'explanation' ? 'explains: ' : ''}\`${walk.landing.state}\`${before}`;
    });
    return `| \`${cause}\` | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

/**
 * Questions before the first fix, for a recognised error: fewest and most. The error question
 * counts where the flow asks it (funds-missing asks "what happened?" instead, and only a page that
 * passes an error skips that).
 */
function questionsBeforeFix(walks: Map<string, Walk>, problem: ProblemId, asksError: boolean): [number, number] {
  const counts = routedCauses.map((cause) => (asksError ? 1 : 0) + walks.get(`${problem}|${cause}`)!.asked.length);
  return [Math.min(...counts), Math.max(...counts)];
}

it('is the table docs/flow-causes.md shows', () => {
  const walks = new Map<string, Walk>();
  for (const [problem, machine] of diagnosing) {
    for (const cause of routedCauses) walks.set(`${problem}|${cause}`, walkCause(machine, problem, cause, 0.95));
  }
  const questions = diagnosing
    .map(([problem, machine]) => {
      const asksError = 'askingError' in (machine.config.states ?? {});
      const [fewest, most] = questionsBeforeFix(walks, problem, asksError);
      return `| ${problem} | ${fewest === most ? fewest : `${fewest}–${most}`} |`;
    })
    .join('\n');
  const generated = [
    '# Flow × cause',
    '',
    'Generated by `test/flows/flow-causes.test.ts` from the flows themselves (`UPDATE_DOCS=1 npx vitest run',
    'test/flows/flow-causes.test.ts` rewrites it; the test fails when it is out of date). For each flow, where a',
    'cause the classifier names with confidence leads: a fix written for that cause in that flow (`fixing…`), a',
    'question its advice needs first, or an honest explanation with the ticket (`explains:`). A cause the',
    'classifier only suspects is confirmed in one question ("It looks like …. Is that it?") and then goes to the',
    'same place. The `other` flow diagnoses nothing: it takes the description to the ticket.',
    '',
    table(walks),
    '',
    '## Questions before the first fix',
    '',
    'For a person who pastes a recognised error, counting the error question itself: one, or more where the',
    'advice uses the amount (limits) or the date and payment method (money that should come back). A checkout',
    'page that passes the error saves that first question. funds-missing asks "what happened?" rather than the',
    'error; its figures are for a page that passed an error.',
    '',
    '| flow | questions |',
    '|---|---|',
    questions,
    '',
  ].join('\n');
  const path = new URL('../../docs/flow-causes.md', import.meta.url);
  if (process.env.UPDATE_DOCS) writeFileSync(path, generated);
  expect(readFileSync(path, 'utf8')).toBe(generated);
});
