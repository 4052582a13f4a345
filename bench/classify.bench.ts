/**
 * How long classifyError takes per message, over the unit-test corpus (every cause, both
 * languages, messy pastes). Budget: under 0.1 ms a message. Run: npx vitest bench --run --dir bench
 */
import { bench, describe } from 'vitest';
import { classifyError } from '../src/diagnose/index.js';
import { errorMessages } from '../test/unit/diagnose/corpus/error-messages.js';

const messages = errorMessages.map((c) => [c.text, c.code] as const);
let next = 0;

describe(`classifyError over ${messages.length} corpus messages`, () => {
  // One message per iteration, so the reported mean is the time per message.
  bench('one message per call', () => {
    const [text, code] = messages[next]!;
    next = (next + 1) % messages.length;
    classifyError(text, code);
  });

  bench('a long pasted message (2,000 characters, the input cap)', () => {
    classifyError(`${'订单处理中，请稍候。Payment processing, please wait. '.repeat(45)}余额不足 (51)`.slice(-2000));
  });
});
