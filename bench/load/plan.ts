// What each simulated browser asks for on deadline day, as the web asks it (same URLs, cookie, x-csrf-token on writes).
// A district officer sits on its home page until its turn, then opens the month's report, saves the draft, submits it
// once, presses submit a second time (a double click: the server must refuse it, 409, and must not count it), then
// reads its report and home page. A viewer loops over the pages of its level: the department's home and nation
// dashboard, a province's home, districts dashboard and reports board, a district's home and its own dashboard row.
import type { Client as Connection, Request } from 'autocannon';
import type { Client, DeadlineFixture } from './fixture.ts';

export type Kind =
  | 'open'
  | 'draft'
  | 'submit'
  | 'double-submit'
  | 'report'
  | 'home'
  | 'me'
  | 'dashboard-nation'
  | 'dashboard-districts'
  | 'board';

export const writeKinds: readonly Kind[] = ['open', 'draft', 'submit', 'double-submit'];

type Phase = 'wait' | 'open' | 'draft' | 'submit' | 'double-submit' | 'read';

export type DistrictState = {
  client: Client;
  startAt: number;
  phase: Phase;
  submissionId: number | null;
  /** 2xx answers to the submit (more than one would be a double acknowledgement). */
  acknowledged: number;
  /** Answers to the second press: 409 expected. */
  doubleStatus: number | null;
  /** A submit answered 409 'locked' before any 2xx (a lost answer retried): counted apart, never as an ack. */
  refusedRetries: number;
  reads: number;
};

export type Tally = {
  latencies: Map<Kind, number[]>;
  statuses: Map<Kind, Map<number, number>>;
};

export const newTally = (): Tally => ({ latencies: new Map(), statuses: new Map() });

function record(tally: Tally, kind: Kind, status: number, ms: number) {
  const list = tally.latencies.get(kind) ?? [];
  list.push(ms);
  tally.latencies.set(kind, list);
  const counts = tally.statuses.get(kind) ?? new Map<number, number>();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  tally.statuses.set(kind, counts);
}

const cookieHeaders = (c: Client) => ({ cookie: `tidtam_session=${c.token}`, accept: 'application/json' });
const writeHeaders = (c: Client) => ({
  ...cookieHeaders(c),
  'x-csrf-token': c.csrf,
  'content-type': 'application/json',
});

const draftValues = (c: Client) => ({
  values: {
    households: String(10 + (c.unit.id % 90)),
    budget: `${1000 + (c.unit.id % 5000)}.50`,
    problems: 'ไม่มีปัญหาอุปสรรค',
  },
  narrative: null,
});

/** The requests of one district officer, driven by its state. */
function districtRequest(state: DistrictState, fixture: DeadlineFixture, sent: { kind: Kind }): Request {
  const c = state.client;
  if (state.phase === 'wait' && Date.now() >= state.startAt) state.phase = 'open';
  const id = state.submissionId;
  switch (state.phase) {
    case 'open':
      sent.kind = 'open';
      return {
        method: 'POST',
        path: '/api/reports/submissions',
        headers: writeHeaders(c),
        body: JSON.stringify({
          reportTypeId: fixture.reportTypeIdByProvince.get(c.unit.provinceCode),
          unitCode: c.unit.code,
          month: fixture.month,
        }),
      };
    case 'draft':
      sent.kind = 'draft';
      return {
        method: 'PUT',
        path: `/api/reports/submissions/${id}/draft`,
        headers: writeHeaders(c),
        body: JSON.stringify(draftValues(c)),
      };
    case 'submit':
    case 'double-submit':
      sent.kind = state.phase;
      return {
        method: 'POST',
        path: `/api/reports/submissions/${id}/submit`,
        headers: { ...writeHeaders(c), 'content-type': 'text/plain' },
        body: '',
      };
    default:
      state.reads++;
      if (state.phase === 'read' && state.reads % 2 === 0) {
        sent.kind = 'report';
        return { method: 'GET', path: `/api/reports/submissions/${id}`, headers: cookieHeaders(c) };
      }
      sent.kind = 'home';
      return { method: 'GET', path: '/api/home', headers: cookieHeaders(c) };
  }
}

function onDistrictAnswer(state: DistrictState, kind: Kind, status: number, body: string) {
  const ok = status >= 200 && status < 300;
  if (kind === 'open' && ok) {
    state.submissionId = (JSON.parse(body) as { submission: { id: number } }).submission.id;
    state.phase = 'draft';
  } else if (kind === 'draft' && ok) {
    state.phase = 'submit';
  } else if (kind === 'submit') {
    if (ok) {
      state.acknowledged++;
      state.phase = 'double-submit';
    } else if (status === 409) {
      state.refusedRetries++;
      state.phase = 'read';
    }
  } else if (kind === 'double-submit') {
    if (ok) state.acknowledged++;
    state.doubleStatus = status;
    state.phase = 'read';
  }
}

const viewerPages = (c: Client): { kind: Kind; path: string }[] => {
  const common = [
    { kind: 'me' as const, path: '/api/auth/me' },
    { kind: 'home' as const, path: '/api/home' },
  ];
  if (c.unit.kind === 'department')
    return [...common, { kind: 'dashboard-nation', path: '/api/dashboards/nation' }];
  const own = { kind: 'dashboard-districts' as const, path: `/api/dashboards/districts?unit=${c.unit.code}` };
  if (c.unit.kind === 'province') return [...common, own, { kind: 'board', path: '' }];
  return [...common, own];
};

/**
 * autocannon's setupClient for the connections of one of `groups` instances (global index group + groups × k).
 * A connection stands for a reverse proxy's keep-alive connection carrying several users
 * in turn (one request a second, each user every `think` seconds): the first `districtConnections` carry the
 * district officers, the rest the viewers. Each answer lands in the tally by kind (status and time to the answer).
 */
export function clientSetup(
  fixture: DeadlineFixture,
  states: DistrictState[],
  districtConnections: number,
  viewerConnections: number,
  tally: Tally,
): (group: number, groups: number) => (connection: Connection) => void {
  return (group, groups) => {
    let next = 0;
    return (connection) => setupOne(group + groups * next++, connection);
  };
  function setupOne(index: number, connection: Connection) {
    const sent = { kind: 'home' as Kind };
    connection.on('response', (status, _bytes, ms) => record(tally, sent.kind, status, ms));
    let turn = 0;
    if (index < districtConnections) {
      const mine = states.filter((_, i) => i % districtConnections === index);
      let current = mine[0];
      connection.setRequests([
        {
          setupRequest: (request) => {
            current = mine[turn++ % mine.length];
            return current ? { ...request, ...districtRequest(current, fixture, sent) } : null;
          },
          onResponse: (status, body) => {
            if (current) onDistrictAnswer(current, sent.kind, status, body);
          },
        },
      ]);
      return;
    }
    const slot = index - districtConnections;
    turn = slot;
    const pages = fixture.viewers
      .filter((_, i) => i % viewerConnections === slot)
      .flatMap((viewer) => viewerPages(viewer).map((p) => ({ ...p, viewer })));
    connection.setRequests([
      {
        setupRequest: (request) => {
          const p = pages[turn++ % pages.length];
          if (!p) return null;
          sent.kind = p.kind;
          const path =
            p.kind === 'board'
              ? `/api/reports/board?province=${p.viewer.unit.code}&month=${fixture.month}`
              : p.path;
          return { ...request, method: 'GET', path, headers: cookieHeaders(p.viewer) };
        },
      },
    ]);
  }
}

/** District i starts its submission at an even spread over the first half of the run. */
export function districtStates(fixture: DeadlineFixture, start: number, seconds: number): DistrictState[] {
  const spread = (seconds * 1000) / 2;
  return fixture.districts.map((client, i) => ({
    client,
    startAt: start + (spread * i) / fixture.districts.length,
    phase: 'wait',
    submissionId: null,
    acknowledged: 0,
    doubleStatus: null,
    refusedRetries: 0,
    reads: 0,
  }));
}
