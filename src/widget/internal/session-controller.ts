import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Session, type SessionOptions, type SessionView } from '../../engine/session.js';

/**
 * Binds a conversation Session (the engine's actor owner) to a Lit element: the element renders
 * `view` and nothing else, and re-renders on every new snapshot. There is no published
 * `@xstate/lit`, so this plays the part of its `useActor`.
 */
export class SessionController implements ReactiveController {
  session?: Session;
  view?: SessionView;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onView: (view: SessionView) => void,
  ) {
    host.addController(this);
  }

  async start(options: SessionOptions): Promise<void> {
    this.stop();
    const session = new Session(options);
    this.session = session;
    this.unsubscribe = session.subscribe((view) => {
      this.view = view;
      this.onView(view);
      this.host.requestUpdate();
    });
    await session.start();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.session?.stop();
    this.session = undefined;
    this.view = undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }
}
