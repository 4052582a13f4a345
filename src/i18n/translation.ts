/** Every string the widget's chrome shows (flow texts live with their flows). */
export interface Translation {
  /** Launcher button; starts with the contract's "Help" / "帮助". */
  help: string;
  /** The dialog's name. */
  title: string;
  close: string;
  send: string;
  typing: string;
  restart: string;
  loading: string;
  loadFailed: string;
  retry: string;
  ticket: {
    form: string;
    amount: string;
    time: string;
    errorMessage: string;
    description: string;
    descriptionHint: string;
    contact: string;
    contactHint: string;
    submit: string;
    stepsTried: string;
    transcript: string;
    preview: string;
    invalidAmount: string;
    invalidTime: string;
    invalidContact: string;
    sending: string;
    sent: (reference?: string) => string;
    handedToHost: string;
    failed: (error: string) => string;
    copy: string;
    copied: string;
    email: string;
  };
}
