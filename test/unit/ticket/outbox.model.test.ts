/**
 * docs/reliability.md T4: a model-based test of the outbox over filing, an endpoint that refuses,
 * is busy, asks to wait (429 with Retry-After), or takes a ticket and loses the answer, tabs
 * that reload, open and close, wake-ups, and storage that fills up or throws at any step, with
 * every request, response, lock and lease interleaved by fast-check's scheduler. Whatever happens:
 *
 * - no ticket is lost without a warning: it is in storage, in a live tab's memory, or the
 *   endpoint has it; a ticket a reload took away was reported `durable: false` by its tab;
 * - no storm: a tab never sends one ticket twice within the retry floor (model clock), never
 *   before a Retry-After it was given, and never before the backoff it announced unless
 *   something (a wake-up, a page load, another tab) changed the ticket since;
 * - the endpoint never sees one key with two bodies or a ticket under another key;
 * - once storage and the endpoint work again, every ticket not lost with a warning gets there.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestFor, type TicketRequest } from '../../../src/ticket/adapters/index.js';
import type { AttemptResult } from '../../../src/ticket/deliver.js';
import { Outbox, type LockManagerLike, type OutboxEntry, type OutboxNotice } from '../../../src/ticket/outbox.js';
import { openStore } from '../../../src/ticket/storage.js';
import { FlakyStorage, makeTicket } from './fakes.js';

type Mode = 'up' | 'down' | 'busy' | 'wait' | 'answer-lost';
type StorageMode = FlakyStorage['mode'];

const retry = { baseDelay: 1000, maxDelay: 8000, minDelay: 500 };
const RETRY_AFTER = 30_000;
const PREFIX = 'wallet-support:v1:';

/** Web Locks as browsers grant them: one holder per name, in request order. */
class FakeLocks implements LockManagerLike {
  private tail = Promise.resolve();

  request(_name: string, callback: () => Promise<void>): Promise<unknown> {
    const run = this.tail.then(callback);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** One page: its outbox, its memory, and what it told the person and the endpoint. */
class Tab {
  readonly memory = new Map<string, string>();
  readonly outbox: Outbox;
  /** Ticket id -> the durability this page last reported. */
  readonly toldDurable = new Map<string, boolean>();
  /** Ticket id -> the state this page last reported. */
  readonly lastHeard = new Map<string, OutboxNotice['state']>();
  /** Ticket id -> when this page last POSTed it. */
  readonly lastPost = new Map<string, number>();
  /** Ticket id -> the next attempt it announced, until something changes the ticket. */
  readonly announced = new Map<string, number>();
  /** Ticket id -> not before this: the endpoint's Retry-After to this page. */
  readonly retryAfter = new Map<string, number>();

  constructor(
    readonly world: World,
    readonly name: number,
  ) {
    this.outbox = new Outbox({
      store: openStore('local', { backend: world.storage, memory: this.memory, now: () => world.now }),
      now: () => world.now,
      random: () => 0.5,
      retry,
      locks: world.locks,
      settle: () => world.scheduler.schedule(Promise.resolve(), `lease settles (tab ${name})`),
      send: (request) => world.send(request, this),
    });
    this.outbox.subscribe((notice) => this.heard(notice));
  }

  private heard({ ticket: { id }, state }: OutboxNotice): void {
    const last = this.lastHeard.get(id);
    this.lastHeard.set(id, state);
    if ('durable' in state) this.toldDurable.set(id, state.durable);
    // The last state told again with another `durable`: storage refused or took the ticket, and
    // nothing was sent or rescheduled (an attempt always comes between two real notices).
    if (last && 'durable' in state && isDeepStrictEqual({ ...last, durable: state.durable }, state)) return;
    // The outbox always says when it tries again; were it not to, any attempt would count as too early.
    if (state.kind === 'queued') this.announced.set(id, state.nextAttemptAt ?? Infinity);
    if (state.kind === 'sending' || state.kind === 'queued') this.world.touched(id, this);
  }

  file(): string {
    const ticket = makeTicket();
    const request = requestFor(ticket, 'https://support.example/tickets');
    const durable = this.outbox.add({
      ticket,
      request,
      route: 'endpoint',
      state: 'queued',
      attempts: 0,
      nextAttemptAt: this.world.now,
    });
    this.toldDurable.set(ticket.id, durable);
    return ticket.id;
  }
}

/** localStorage of one origin, the endpoint, and the tabs that share them. */
class World {
  readonly storage = new FlakyStorage();
  readonly tabs: Tab[] = [];
  readonly filed: string[] = [];
  /** Tickets a reload took away after their tab said they were not saved. */
  readonly lostWithWarning = new Set<string>();
  mode: Mode = 'up';
  /** Idempotency-Key -> body of the ticket the endpoint created. */
  readonly created = new Map<string, string>();
  mismatches = 0;
  /** Attempts made faster than the backoff allows. */
  readonly storms: string[] = [];
  now = 1_700_000_000_000;
  readonly locks?: LockManagerLike;
  private pages = 0;

  constructor(
    readonly scheduler: fc.Scheduler,
    withLocks: boolean,
  ) {
    this.locks = withLocks ? new FakeLocks() : undefined;
  }

  /** A page load: a new outbox over the same storage, resuming what is there. */
  openTab(at = this.tabs.length): void {
    const tab = new Tab(this, ++this.pages);
    this.tabs.splice(at, 0, tab);
    this.woken();
    void tab.outbox.wake();
  }

  /** The page goes: what only its memory held is gone, and must have been reported as such. */
  closeTab(index: number, reopen: boolean): void {
    const [tab] = this.tabs.splice(index, 1);
    tab!.outbox.dispose();
    for (const id of this.filed) {
      if (this.created.has(id) || this.lostWithWarning.has(id) || this.survives(id)) continue;
      expect(tab!.memory.has(`${PREFIX}outbox:${id}`), `ticket ${id} vanished from nowhere`).toBe(true);
      expect(tab!.toldDurable.get(id), `ticket ${id} lost by a reload without a warning`).toBe(false);
      this.lostWithWarning.add(id);
    }
    if (reopen) this.openTab(index);
  }

  tab(index: number): Tab {
    return this.tabs[index % this.tabs.length]!;
  }

  /** Something wakes every tab's tickets out of their backoff. */
  woken(): void {
    for (const tab of this.tabs) tab.announced.clear();
  }

  /** A tab sent or rescheduled a ticket: others' announcements for it no longer bind them. */
  touched(id: string, by: Tab): void {
    for (const tab of this.tabs) if (tab !== by) tab.announced.delete(id);
  }

  /** In storage (readable or not: it is there for when storage works again) or in a live tab's memory. */
  private survives(id: string): boolean {
    const key = `${PREFIX}outbox:${id}`;
    return this.storage.items.has(key) || this.tabs.some((tab) => tab.memory.has(key));
  }

  /** The request reaches the endpoint at one scheduled moment, the answer comes back at another. */
  async send(request: TicketRequest, tab: Tab): Promise<AttemptResult> {
    const id = request.headers['Idempotency-Key']!;
    // Noted, not thrown: a throw here would surface in the outbox's drain, not in the test.
    const last = tab.lastPost.get(id);
    if (last !== undefined && this.now - last < retry.minDelay)
      this.storms.push(`tab ${tab.name} re-sent ${id} after ${this.now - last} ms`);
    if (this.now < (tab.retryAfter.get(id) ?? 0)) this.storms.push(`tab ${tab.name} ignored a Retry-After for ${id}`);
    if (this.now < (tab.announced.get(id) ?? 0)) this.storms.push(`tab ${tab.name} sent ${id} before its own backoff`);
    tab.lastPost.set(id, this.now);
    await this.scheduler.schedule(Promise.resolve(), 'request arrives');
    const result = this.serve(request, tab);
    await this.scheduler.schedule(Promise.resolve(), 'answer arrives');
    return result;
  }

  private serve(request: TicketRequest, tab: Tab): AttemptResult {
    const key = request.headers['Idempotency-Key']!;
    if (this.mode === 'down') return { ok: false, retryable: true, error: 'connection refused', network: true };
    if (this.mode === 'busy') return { ok: false, retryable: true, status: 503, error: 'HTTP 503' };
    if (this.mode === 'wait') {
      tab.retryAfter.set(key, this.now + RETRY_AFTER);
      return { ok: false, retryable: true, status: 429, error: 'HTTP 429', retryAfter: RETRY_AFTER };
    }
    const known = this.created.get(key);
    if (known !== undefined && known !== request.body) this.mismatches += 1;
    else this.created.set(key, request.body);
    if (this.mode === 'answer-lost') return { ok: false, retryable: true, error: 'network error', network: true };
    return { ok: true, status: 201, reference: `T-${key.slice(0, 4)}` };
  }

  private readStore() {
    return openStore('local', { backend: this.storage, memory: new Map(), now: () => this.now });
  }

  stored(): OutboxEntry[] {
    const store = this.readStore();
    return store.keys('outbox:').map((key) => store.read<OutboxEntry>(key)!);
  }

  receipts(): Set<string> {
    const store = this.readStore();
    return new Set(store.keys('receipt:').map((key) => key.slice('receipt:'.length)));
  }

  /** What must hold at every moment. */
  checkInvariants(): void {
    for (const id of this.filed) {
      expect(this.survives(id) || this.created.has(id) || this.lostWithWarning.has(id), `ticket ${id} lost`).toBe(true);
    }
    for (const [key, body] of this.created) expect((JSON.parse(body) as { id: string }).id).toBe(key);
    expect(this.mismatches, 'one key, two bodies').toBe(0);
    expect(this.storms).toEqual([]);
  }
}

interface Model {
  tabs: number;
}

type WorldCommand = fc.AsyncCommand<Model, World>;

class FileTicket implements WorldCommand {
  constructor(readonly tab: number) {}
  check = () => true;
  async run(_model: Model, world: World) {
    const tab = world.tab(this.tab);
    world.filed.push(tab.file());
    void tab.outbox.drain();
    world.checkInvariants();
  }
  toString = () => `file(tab ${this.tab})`;
}

class SetEndpoint implements WorldCommand {
  constructor(readonly mode: Mode) {}
  check = () => true;
  async run(_model: Model, world: World) {
    world.mode = this.mode;
    world.checkInvariants();
  }
  toString = () => `endpoint ${this.mode}`;
}

/** The host page fills localStorage, frees it, or storage starts throwing altogether. */
class SetStorage implements WorldCommand {
  constructor(readonly mode: StorageMode) {}
  check = () => true;
  async run(_model: Model, world: World) {
    world.storage.mode = this.mode;
    world.checkInvariants();
  }
  toString = () => `storage ${this.mode}`;
}

/** `online`, `visibilitychange` or a retry timer in one tab. */
class Wake implements WorldCommand {
  constructor(
    readonly tab: number,
    readonly how: 'wake' | 'timer',
  ) {}
  check = () => true;
  async run(_model: Model, world: World) {
    const tab = world.tab(this.tab);
    if (this.how === 'wake') world.woken();
    void (this.how === 'wake' ? tab.outbox.wake() : tab.outbox.drain());
    world.checkInvariants();
  }
  toString = () => `${this.how}(tab ${this.tab})`;
}

class Reload implements WorldCommand {
  constructor(readonly tab: number) {}
  check = () => true;
  async run(_model: Model, world: World) {
    world.closeTab(this.tab % world.tabs.length, true);
    world.checkInvariants();
  }
  toString = () => `reload(tab ${this.tab})`;
}

class OpenTab implements WorldCommand {
  check = (model: Readonly<Model>) => model.tabs < 3;
  async run(model: Model, world: World) {
    model.tabs += 1;
    world.openTab();
    world.checkInvariants();
  }
  toString = () => 'open a tab';
}

class CloseTab implements WorldCommand {
  constructor(readonly tab: number) {}
  check = (model: Readonly<Model>) => model.tabs > 1;
  async run(model: Model, world: World) {
    model.tabs -= 1;
    world.closeTab(this.tab % world.tabs.length, false);
    world.checkInvariants();
  }
  toString = () => `close(tab ${this.tab})`;
}

class PassTime implements WorldCommand {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(_model: Model, world: World) {
    world.now += this.ms;
    world.checkInvariants();
  }
  toString = () => `wait ${this.ms} ms`;
}

const tabIndex = fc.nat({ max: 5 });
const commands = [
  tabIndex.map((tab) => new FileTicket(tab)),
  fc.constantFrom<Mode>('up', 'down', 'busy', 'wait', 'answer-lost').map((mode) => new SetEndpoint(mode)),
  fc.constantFrom<StorageMode>('ok', 'full', 'throwing').map((mode) => new SetStorage(mode)),
  fc.tuple(tabIndex, fc.constantFrom<'wake' | 'timer'>('wake', 'timer')).map(([tab, how]) => new Wake(tab, how)),
  // Retry timers fire more often than anything else happens: where a storm would show.
  tabIndex.map((tab) => new Wake(tab, 'timer')),
  tabIndex.map((tab) => new Reload(tab)),
  fc.constant(new OpenTab()),
  tabIndex.map((tab) => new CloseTab(tab)),
  // Mostly within the floor, so that a storm would show.
  fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 40_000 })).map((ms) => new PassTime(ms)),
];

describe('outbox model', () => {
  it('loses no ticket without a warning, never storms, never sends one under two keys, and delivers every kept one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.boolean(),
        fc.commands(commands, { maxCommands: 60, size: 'large' }),
        async (s, withLocks, cmds) => {
          const world = new World(s, withLocks);
          world.openTab();
          await fc.scheduledModelRun(s, () => ({ model: { tabs: 1 }, real: world }), cmds);
          await s.waitIdle();
          world.checkInvariants();

          // Storage and the endpoint come back; time passes beyond every backoff, Retry-After and
          // lease; every tab is woken: every ticket not lost with a warning must get there.
          world.storage.mode = 'ok';
          world.mode = 'up';
          for (let round = 0; round < 3; round++) {
            world.now += 2 * 60 * 60_000;
            world.woken();
            await s.waitFor(Promise.all(world.tabs.map((tab) => tab.outbox.wake())));
            await s.waitIdle();
          }
          world.checkInvariants();
          for (const id of world.filed) {
            if (!world.lostWithWarning.has(id)) expect(world.created.has(id), `ticket ${id} delivered`).toBe(true);
          }
          // Whatever is left in storage is already settled by a receipt (a tab racing another without locks).
          const receipts = world.receipts();
          for (const entry of world.stored()) expect(receipts.has(entry.ticket.id)).toBe(true);
          if (withLocks) expect(world.stored()).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
