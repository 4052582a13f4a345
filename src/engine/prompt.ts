import type { Locale } from '../diagnose/types.js';
import type { AnswerKind, ChoiceMeta, FactName, FlowContext, PromptMeta, StateMeta } from './context.js';
import { outcomeChoices } from './outcomes.js';
import { plainText } from './rich.js';
import { localize } from './text.js';

export interface ViewChoice {
  id: string;
  label: string;
}

/** The current question, resolved for the view: localized, with tried fixes filtered out. */
export type Prompt =
  | { kind: 'choice'; choices: ViewChoice[] }
  | {
      kind: 'answer';
      answer: AnswerKind;
      /** What the answer tells: the error message's question also takes a screenshot. */
      fact: FactName;
      label: string;
      placeholder?: string;
      choices: ViewChoice[];
      /** Quick answers: the view sends the label as the typed answer. */
      suggestions: string[];
    }
  | { kind: 'outcome'; choices: ViewChoice[] }
  /** `payment`: the form asks for the payment's amount, time, merchant and order (not for a card binding). */
  | { kind: 'ticket'; payment: boolean }
  | { kind: 'done'; outcome: 'resolved' | 'ticket' };

/** The part of an XState snapshot that prompts are read from. */
export interface PromptSource {
  context: Pick<FlowContext, 'locale' | 'fixesTried'> & Partial<Pick<FlowContext, 'offer'>>;
  getMeta(): Record<string, StateMeta | undefined>;
}

export function promptMeta(snapshot: PromptSource): PromptMeta | undefined {
  return Object.values(snapshot.getMeta()).find((meta) => meta?.prompt)?.prompt;
}

export function currentPrompt(snapshot: PromptSource): Prompt | undefined {
  const meta = promptMeta(snapshot);
  if (!meta) return undefined;
  const { locale, fixesTried, offer } = snapshot.context;
  const visible = (choices: ChoiceMeta[] = []) => resolveChoices(choices, fixesTried, locale);
  switch (meta.kind) {
    case 'choice':
      return { kind: 'choice', choices: visible(meta.choices) };
    case 'answer':
      return {
        kind: 'answer',
        answer: meta.answer,
        fact: meta.fact,
        label: plainText(localize(meta.label, locale)),
        placeholder: meta.placeholder && localize(meta.placeholder, locale),
        choices: visible(meta.choices),
        // What the person may have meant by the answer just refused ("¥3.00") comes first.
        suggestions: [...(offer ? [offer] : []), ...(meta.suggestions ?? []).map((text) => localize(text, locale))],
      };
    case 'outcome':
      return {
        kind: 'outcome',
        choices: Object.entries(outcomeChoices).map(([id, label]) => ({ id, label: localize(label, locale) })),
      };
    default:
      return meta;
  }
}

function resolveChoices(choices: ChoiceMeta[], fixesTried: string[], locale: Locale): ViewChoice[] {
  return choices
    .filter((choice) => !choice.unlessTried || !fixesTried.includes(choice.unlessTried))
    .map((choice) => ({ id: choice.id, label: localize(choice.label, locale) }));
}
