// @vitest-environment jsdom
/**
 * Issue 17, item 3: whatever a person types, the public events say what kind of answer it was,
 * never its words. A property (fast-check): conversations in every flow and language, answered
 * with made-up words, card numbers and codes, chosen buttons and the ticket form, run through the
 * real session, the element's reporter and the page's courier (which fires the ticket events).
 * No typed word appears in any event detail but the ticket events' `ticket` (where the person's
 * own description belongs), and no card number or code appears anywhere, the ticket included.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFlow } from '../../../flows/index.js';
import { Session } from '../../../src/engine/session.js';
import { readTicketForm } from '../../../src/engine/ticket-form-reading.js';
import { problemIds } from '../../../src/shared/problems.js';
import { ConversationReporter } from '../../../src/widget/internal/conversation-reporter.js';
import { courierFor } from '../../../src/widget/internal/ticket-handoff.js';

const eventNames = [
  'wallet-support-step',
  'wallet-support-resolved',
  'wallet-support-rated',
  'wallet-support-ticket',
  'wallet-support-ticket-sent',
  'wallet-support-ticket-failed',
];

/** Test card numbers (Luhn-valid) as people type them. */
const cards = ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117'];
const cardTyped = fc
  .tuple(fc.constantFrom(...cards), fc.constantFrom(' ', '-', ''))
  .map(([card, separator]) => card.replace(/(\d{4})(?=\d)/g, `$1${separator}`));
const codeTyped = fc
  .tuple(
    fc.constantFrom('验证码', 'SMS code', '驗證碼', 'verification code is'),
    fc.integer({ min: 100_000, max: 999_999 }),
  )
  .map(([words, code]) => ({ text: `${words} ${code}`, code: String(code) }));
/** A word no event could hold by chance: if it shows up, it was copied from what was typed. */
const markerTyped = fc.stringMatching(/^[a-z]{4,8}$/).map((word) => `qx${word}zq`);
/** Answers the flows understand, so conversations get past their first question. */
const understood = fc.constantFrom(
  'Daily limit exceeded',
  'Network timeout',
  'Insufficient balance (51)',
  '¥1,299.50',
  'yesterday 3pm',
  "I don't remember",
  '余额不足',
);

interface Typed {
  text: string;
  markers: string[];
  cards: string[];
  codes: string[];
}

const typedAnswer: fc.Arbitrary<Typed> = fc
  .array(
    fc.oneof(
      understood.map((text) => ({ text, markers: [], cards: [], codes: [] })),
      markerTyped.map((text) => ({ text, markers: [text], cards: [], codes: [] })),
      cardTyped.map((text) => ({ text: `card ${text}`, markers: [], cards: [text.replace(/\D/g, '')], codes: [] })),
      codeTyped.map(({ text, code }) => ({ text, markers: [], cards: [], codes: [code] })),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => ({
    text: parts.map((part) => part.text).join(' '),
    markers: parts.flatMap((part) => part.markers),
    cards: parts.flatMap((part) => part.cards),
    codes: parts.flatMap((part) => part.codes),
  }));

/** One move: type an answer (where one is asked), or press the n-th button on screen. */
const move = fc.oneof(
  typedAnswer.map((typed) => ({ kind: 'type' as const, typed })),
  fc.nat(12).map((index) => ({ kind: 'press' as const, index })),
);

const conversation = fc.record({
  locale: fc.constantFrom('en' as const, 'zh-CN' as const, 'zh-TW' as const),
  problem: fc.option(fc.constantFrom(...problemIds), { nil: undefined }),
  moves: fc.array(move, { minLength: 1, maxLength: 10 }),
});

/** Waits for the session to finish its work (an answer read, a flow chunk loaded), as its view says. */
function settled(session: Session): Promise<void> {
  if (!session.current.busy) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = session.subscribe((view) => {
      if (view.busy) return;
      stop();
      resolve();
    });
  });
}

/**
 * A conversation known to end in a ticket (test/transcripts/other.en.phone-changed-ticket.json), a card
 * number and a code typed in the form: always tried first.
 */
const endsInATicket = {
  locale: 'en' as const,
  problem: 'other' as const,
  moves: [
    { kind: 'type' as const, typed: { text: 'The app froze while paying', markers: [], cards: [], codes: [] } },
    { kind: 'type' as const, typed: { text: "I don't remember", markers: [], cards: [], codes: [] } },
    { kind: 'type' as const, typed: { text: "I don't remember", markers: [], cards: [], codes: [] } },
    {
      kind: 'type' as const,
      typed: {
        text: 'card 4111 1111 1111 1111, sms code 493817',
        markers: [],
        cards: ['4111111111111111'],
        codes: ['493817'],
      },
    },
  ],
};

/** The digits of a text as a reader would take them: separators between digits dropped. */
const digitsRead = (text: string) => text.replace(/(?<=\d)[\s\-.]+(?=\d)/g, '');
const windows = (card: string) => [...card].slice(0, card.length - 6).map((_, index) => card.slice(index, index + 7));

describe('event details never carry what was typed', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('holds for any conversation, in every flow and language', async () => {
    let tickets = 0;
    await fc.assert(
      fc.asyncProperty(conversation, async ({ locale, problem, moves }) => {
        const element = document.createElement('div');
        document.body.append(element);
        const seen: CustomEvent[] = [];
        for (const name of eventNames) element.addEventListener(name, (event) => seen.push(event as CustomEvent));
        const courier = courierFor(element);
        const reporter = new ConversationReporter(element, (ticket, tag) =>
          courier.file(ticket, { format: 'json' }, [], tag),
        );
        const session = new Session({ loadFlow, locale, problem, problems: problemIds });
        session.subscribe((view) => reporter.report(view));
        await session.start();
        await settled(session);

        const typed: Typed[] = [];
        for (const next of moves) {
          const view = session.current;
          const prompt = view.prompt;
          if (!prompt || prompt.kind === 'done') break;
          if (prompt.kind === 'ticket') {
            const words = next.kind === 'type' ? next.typed : { text: '', markers: [], cards: [], codes: [] };
            typed.push(words);
            const fields = { amount: '', time: '', timeIncomplete: false, errorCode: '', errorMessage: '' };
            const form = { ...fields, merchant: '', orderId: '', description: words.text, contact: 'a@example.com' };
            session.submitTicket(readTicketForm(form, locale).edits);
          } else if (next.kind === 'type' && prompt.kind === 'answer') {
            typed.push(next.typed);
            await session.answer(next.typed.text);
          } else if ('choices' in prompt && prompt.choices.length > 0) {
            // Where nothing can be typed, a typed move presses the first button.
            const index = next.kind === 'press' ? next.index : 0;
            session.choose(prompt.choices[index % prompt.choices.length]!.id, view.state);
          }
          await settled(session);
        }
        if (session.current.prompt?.kind === 'done') reporter.rated(session.current, 'helpful');
        session.stop();
        courier.disconnect();

        tickets += seen.filter((event) => event.type === 'wallet-support-ticket').length;
        for (const event of seen) {
          const { ticket, conversationId, ...rest } = event.detail as Record<string, unknown>;
          // The id is random hex, the only place digits could meet a card number's by chance.
          expect(conversationId, `${event.type} has its conversation id`).toBeTypeOf('string');
          const said = JSON.stringify(rest);
          const anywhere = digitsRead(JSON.stringify([rest, ticket ?? null]));
          for (const words of typed) {
            for (const marker of words.markers) expect(said, `${event.type} holds "${marker}"`).not.toContain(marker);
            for (const card of words.cards)
              for (const window of windows(card))
                expect(anywhere, `${event.type} holds ${window}`).not.toContain(window);
            for (const code of words.codes)
              expect(anywhere, `${event.type} holds the code ${code}`).not.toContain(code);
          }
        }
      }),
      { numRuns: 60, examples: [[endsInATicket]] },
    );
    // The ticket events, whose own fields may hold words, were checked too.
    expect(tickets).toBeGreaterThan(0);
  }, 120_000);
});
