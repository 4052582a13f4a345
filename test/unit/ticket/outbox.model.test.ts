/**
 * reliability.md T4: a model-based test of the outbox over filing, an endpoint that refuses,
 * is busy, or takes a ticket and loses the answer, tabs that reload, open and close, and wake-ups,
 * with every request, response and lock interleaved by fast-check's scheduler. Whatever happens:
 * no ticket is ever lost (it is in storage or the endpoint has it), the endpoint never sees one
 * key with two bodies or a ticket under another key, and once the endpoint is up every ticket
 * gets there.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestFor, type TicketRequest } from '../../../src/ticket/adapters/index.js';
import type { AttemptResult } from '../../../src/ticket/deliver.js';
import { Outbox, type LockManagerLike, type OutboxEntry } from '../../../src/ticket/outbox.js';
import { openStore } from '../../../src/ticket/storage.js';
import { makeTicket, MapStorage } from './fakes.js';

type Mode = 'up' | 'down' | 'busy' | 'answer-lost';

/** Web Locks as browsers grant them: one holder per name, in request order. */
class FakeLocks implements LockManagerLike {
  private tail = Promise.resolve();

  request(_name: string, callback: () => Promise<void>): Promise<unknown> {
    const run = this.tail.then(callback);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** localStorage of one origin, the endpoint, and the tabs that share them. */
class World {
  readonly storage = new MapStorage();
  readonly tabs: Outbox[] = [];
  readonly filed: string[] = [];
  mode: Mode = 'up';
  /** Idempotency-Key -> body of the ticket the endpoint created. */
  readonly created = new Map<string, string>();
  mismatches = 0;
  posts = 0;
  now = 1_700_000_000_000;
  private readonly locks?: LockManagerLike;

  constructor(
    private readonly scheduler: fc.Scheduler,
    withLocks: boolean,
  ) {
    this.locks = withLocks ? new FakeLocks() : undefined;
  }

  /** A page load: a new outbox over the same storage, resuming what is there. */
  openTab(at?: number): void {
    const tab = new Outbox({
      // Each page has its own memory: only localStorage is shared.
      store: openStore('local', { backend: this.storage, memory: new Map(), now: () => this.now }),
      now: () => this.now,
      random: () => 0.5,
      locks: this.locks,
      send: (request) => this.send(request),
    });
    if (at === undefined) this.tabs.push(tab);
    else this.tabs[at] = tab;
    void tab.wake();
  }

  tab(index: number): Outbox {
    return this.tabs[index % this.tabs.length]!;
  }

  /** The request reaches the endpoint at one scheduled moment, the answer comes back at another. */
  private async send(request: TicketRequest): Promise<AttemptResult> {
    await this.scheduler.schedule(Promise.resolve(), 'request arrives');
    const result = this.serve(request);
    await this.scheduler.schedule(Promise.resolve(), 'answer arrives');
    return result;
  }

  private serve(request: TicketRequest): AttemptResult {
    if (this.mode === 'down') return { ok: false, retryable: true, error: 'connection refused', network: true };
    if (this.mode === 'busy') return { ok: false, retryable: true, status: 503, error: 'HTTP 503' };
    this.posts += 1;
    const key = request.headers['Idempotency-Key']!;
    const known = this.created.get(key);
    if (known !== undefined && known !== request.body) this.mismatches += 1;
    else this.created.set(key, request.body);
    if (this.mode === 'answer-lost') return { ok: false, retryable: true, error: 'network error', network: true };
    return { ok: true, status: 201, reference: `T-${key.slice(0, 4)}` };
  }

  stored(): OutboxEntry[] {
    const store = openStore('local', { backend: this.storage, memory: new Map(), now: () => this.now });
    return store.keys('outbox:').map((key) => store.read<OutboxEntry>(key)!);
  }

  receipts(): Set<string> {
    const store = openStore('local', { backend: this.storage, memory: new Map(), now: () => this.now });
    return new Set(store.keys('receipt:').map((key) => key.slice('receipt:'.length)));
  }

  /** What must hold at every moment. */
  checkInvariants(): void {
    const stored = new Set(this.stored().map((entry) => entry.ticket.id));
    for (const id of this.filed) {
      expect(stored.has(id) || this.created.has(id), `ticket ${id} lost`).toBe(true);
    }
    for (const [key, body] of this.created) expect((JSON.parse(body) as { id: string }).id).toBe(key);
    expect(this.mismatches, 'one key, two bodies').toBe(0);
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
    const ticket = makeTicket();
    const request = requestFor(ticket, 'https://support.example/tickets');
    world.tab(this.tab).add({ ticket, request, route: 'endpoint', state: 'queued', attempts: 0, nextAttemptAt: world.now });
    world.filed.push(ticket.id);
    void world.tab(this.tab).drain();
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

/** `online`, `visibilitychange` or a retry timer in one tab. */
class Wake implements WorldCommand {
  constructor(
    readonly tab: number,
    readonly how: 'wake' | 'timer',
  ) {}
  check = () => true;
  async run(_model: Model, world: World) {
    const tab = world.tab(this.tab);
    void (this.how === 'wake' ? tab.wake() : tab.drain());
    world.checkInvariants();
  }
  toString = () => `${this.how}(tab ${this.tab})`;
}

class Reload implements WorldCommand {
  constructor(readonly tab: number) {}
  check = () => true;
  async run(_model: Model, world: World) {
    const index = this.tab % world.tabs.length;
    world.tabs[index]!.dispose();
    world.openTab(index);
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
    const [closed] = world.tabs.splice(this.tab % world.tabs.length, 1);
    closed!.dispose();
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
  fc.constantFrom<Mode>('up', 'down', 'busy', 'answer-lost').map((mode) => new SetEndpoint(mode)),
  fc.tuple(tabIndex, fc.constantFrom<'wake' | 'timer'>('wake', 'timer')).map(([tab, how]) => new Wake(tab, how)),
  tabIndex.map((tab) => new Reload(tab)),
  fc.constant(new OpenTab()),
  tabIndex.map((tab) => new CloseTab(tab)),
  fc.integer({ min: 1, max: 20_000 }).map((ms) => new PassTime(ms)),
];

describe('outbox model', () => {
  it('never loses a ticket, never sends one under two keys, and delivers every one once the endpoint is up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.boolean(), fc.commands(commands, { maxCommands: 40 }), async (s, withLocks, cmds) => {
        const world = new World(s, withLocks);
        world.openTab();
        await fc.scheduledModelRun(s, () => ({ model: { tabs: 1 }, real: world }), cmds);
        await s.waitIdle();
        world.checkInvariants();

        // The endpoint comes back and every tab is woken: every ticket must get there.
        world.mode = 'up';
        for (let round = 0; round < 2; round++) {
          await s.waitFor(Promise.all(world.tabs.map((tab) => tab.wake())));
          await s.waitIdle();
        }
        world.checkInvariants();
        for (const id of world.filed) expect(world.created.has(id), `ticket ${id} delivered`).toBe(true);
        // Whatever is left in storage is already settled by a receipt (a tab racing another without locks).
        const receipts = world.receipts();
        for (const entry of world.stored()) expect(receipts.has(entry.ticket.id)).toBe(true);
        if (withLocks) expect(world.stored()).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
