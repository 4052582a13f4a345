import type { Translation } from './translation.js';

export const en: Translation = {
  send: 'Send',
  typing: 'Assistant is typing…',
  restart: 'Start over',
  back: 'Back',
  pickTime: 'Or pick the date and time',
  useTime: 'Use this time',
  rating: {
    question: 'Was this helpful?',
    helpful: 'Yes, helpful',
    notHelpful: 'Not really',
    thanks: 'Thanks for telling us.',
  },
  ticket: {
    form: 'Support ticket',
    amount: 'Amount',
    time: 'Time',
    errorMessage: 'Error message',
    errorCode: 'Error code',
    merchant: 'Merchant',
    orderId: 'Order number',
    description: 'Description',
    descriptionHint: 'Anything else the agent should know. Never include card numbers, codes or passwords.',
    contact: 'Contact',
    contactHint: 'Email or phone number, so an agent can reply.',
    submit: 'Submit',
    stepsTried: 'Steps already tried',
    transcript: 'Conversation',
    preview: 'What will be sent',
    problem: 'Problem',
    cause: 'Likely cause',
    card: 'Card',
    page: 'Page',
    browser: 'Browser',
    fromBot: 'Assistant',
    fromUser: 'You',
    invalidAmount: 'Please enter an amount like 1299.50, or leave it empty.',
    invalidTime: 'Please enter a valid date and time that is not in the future.',
    invalidContact: 'Please enter an email address or a phone number so we can reply.',
    contactLooksLikeCard:
      'That looks like a card number, so it was not kept. For a phone number with a country code, start with + (e.g. +86 138 0013 8000).',
    sending: 'Sending your ticket…',
    queuedOffline: 'Your ticket is saved on this device and will be sent when you are back online.',
    queuedRetry: 'Your ticket is saved. The support service is busy; we will keep trying.',
    notSaved:
      'Your ticket could not be saved on this device: it will be lost if you close or reload the page. Copy it or send it by e-mail now.',
    confirmed: 'Your ticket was sent to support.',
    reference: (reference) => `Reference: ${reference}`,
    replyTo: (contact, within) =>
      within ? `An agent will reply to ${contact} within ${within}.` : `An agent will reply to ${contact}.`,
    sentEarlier: (reference) =>
      reference
        ? `Your ticket from earlier was delivered. Reference: ${reference}`
        : 'Your ticket from earlier was delivered.',
    handedToHost: 'Your ticket was handed to the support team.',
    failed: (error) => `The ticket could not be sent (${error}). It is kept here: copy it or email it instead.`,
    copy: 'Copy ticket',
    copied: 'Copied',
    email: 'Email it instead',
    dismiss: 'Dismiss',
  },
};
