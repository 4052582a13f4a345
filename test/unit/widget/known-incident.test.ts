import { describe, expect, it } from 'vitest';
import { componentsFor, incidentIn } from '../../../src/widget/internal/known-incident.js';

/** A Statuspage summary.json as its API documents it (the fields the widget reads, and others). */
const summary = {
  page: { id: 'p1', name: 'Wallet', url: 'https://status.wallet.example' },
  components: [{ id: 'c1', name: 'Payments', status: 'major_outage' }],
  incidents: [
    {
      id: 'inc-1',
      name: 'Card payments failing',
      status: 'identified',
      shortlink: 'https://stspg.io/abc',
      components: [{ id: 'c1', name: 'Payments' }],
      incident_updates: [
        { body: 'We are looking into it.', created_at: '2026-12-02T08:00:00Z', display_at: '2026-12-02T08:00:00Z' },
        { body: 'A fix is being rolled out.', created_at: '2026-12-02T09:00:00Z', display_at: '2026-12-02T09:00:00Z' },
      ],
    },
  ],
  scheduled_maintenances: [
    {
      id: 'mnt-1',
      name: 'Top-up upgrade',
      status: 'in_progress',
      components: [{ id: 'c2', name: 'Top-ups' }],
      incident_updates: [],
    },
  ],
};

describe('which components touch a problem (status-components)', () => {
  it('reads the mapping, and nothing from anything else', () => {
    const mapping = JSON.stringify({
      Payments: ['payment-failed', 'bank-wallet-payment-failed'],
      'Top-ups': ['top-up-failed'],
    });
    expect([...componentsFor('payment-failed', mapping)]).toEqual(['Payments']);
    expect([...componentsFor('card-binding-failed', mapping)]).toEqual([]);
    for (const garbage of [undefined, '', 'not json', '[]', '{"Payments": "payment-failed"}', 'null']) {
      expect([...componentsFor('payment-failed', garbage)], String(garbage)).toEqual([]);
    }
  });
});

describe('the incident in a status summary', () => {
  it('finds an open incident on the components, with its latest update and link', () => {
    expect(incidentIn(summary, new Set(['Payments']))).toEqual({
      id: 'inc-1',
      name: 'Card payments failing',
      update: { body: 'A fix is being rolled out.', at: '2026-12-02T09:00:00Z' },
      url: 'https://stspg.io/abc',
      maintenance: false,
    });
  });

  it('finds a maintenance in progress, linked to the status page', () => {
    expect(incidentIn(summary, new Set(['Top-ups']))).toEqual({
      id: 'mnt-1',
      name: 'Top-up upgrade',
      update: undefined,
      url: 'https://status.wallet.example/',
      maintenance: true,
    });
  });

  it('says nothing of a resolved incident, another component, a scheduled maintenance or garbage', () => {
    const resolved = { ...summary, incidents: [{ ...summary.incidents[0], status: 'resolved' }] };
    expect(incidentIn(resolved, new Set(['Payments']))).toBeUndefined();
    expect(incidentIn(summary, new Set(['Cards']))).toBeUndefined();
    const scheduled = { scheduled_maintenances: [{ ...summary.scheduled_maintenances[0], status: 'scheduled' }] };
    expect(incidentIn(scheduled, new Set(['Top-ups']))).toBeUndefined();
    for (const garbage of [undefined, null, 'text', 42, [], { incidents: 'x' }, { incidents: [{ name: 'no id' }] }]) {
      expect(incidentIn(garbage, new Set(['Payments'])), JSON.stringify(garbage)).toBeUndefined();
    }
  });

  it('links only to a web page', () => {
    const hostile = {
      incidents: [{ ...summary.incidents[0], shortlink: 'javascript:alert(1)' }],
      page: { url: 'data:text/html,x' },
    };
    expect(incidentIn(hostile, new Set(['Payments']))?.url).toBeUndefined();
  });
});
