/**
 * The layering of docs/architecture.md is checked by ESLint (eslint.config.js, eslint-plugin-
 * boundaries) on every `npm test`. These show the rule bites: an import against the direction is
 * reported, the allowed ones are not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The boundary errors ESLint reports for `code` as if it were the file at `path`. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

describe('import directions', () => {
  it.each([
    [
      'the engine importing a flow',
      'src/engine/probe.ts',
      "import { loadFlow } from '../../flows/index.js';\nvoid loadFlow;\n",
      /"engine" to elements of type "flows"/,
    ],
    [
      'the engine importing the widget',
      'src/engine/probe.ts',
      "import { emit } from '../widget/events.js';\nvoid emit;\n",
      /"engine" to elements of type "widget"/,
    ],
    [
      'a flow importing the understanding layer',
      'flows/probe.ts',
      "import { redact } from '../src/diagnose/redact.js';\nvoid redact;\n",
      /"flows" to elements of type "diagnose"/,
    ],
    [
      'tickets importing engine internals',
      'src/ticket/probe.ts',
      "import { localize } from '../engine/text.js';\nvoid localize;\n",
      /"ticket" to elements of type "engine"/,
    ],
    [
      'the understanding layer importing the engine',
      'src/diagnose/probe.ts',
      "import { localize } from '../engine/text.js';\nvoid localize;\n",
      /"diagnose" to elements of type "engine"/,
    ],
    [
      'the widget reading an answer itself',
      'src/widget/probe.ts',
      "import { parseAmount } from '../diagnose/amount.js';\nvoid parseAmount;\n",
      /"widget" to elements of type "diagnose"/,
    ],
  ])('refuses %s', async (_name, path, code, message) => {
    const found = await violations(path, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it.each([
    [
      'a flow importing the step helpers',
      'flows/probe.ts',
      "import { fix } from '../src/engine/steps.js';\nvoid fix;\n",
    ],
    [
      'the engine importing the understanding layer',
      'src/engine/probe.ts',
      "import { redact } from '../diagnose/redact.js';\nvoid redact;\n",
    ],
    [
      'the widget naming a cause id in a type',
      'src/widget/probe.ts',
      "import type { CauseId } from '../diagnose/types.js';\nexport type Probe = CauseId;\n",
    ],
    [
      'anything importing the shared vocabulary',
      'src/diagnose/probe.ts',
      "import type { Money } from '../shared/types.js';\nexport type Probe = Money;\n",
    ],
  ])('allows %s', async (_name, path, code) => {
    expect(await violations(path, code)).toEqual([]);
  });
});
