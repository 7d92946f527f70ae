import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { type DatabaseHandle, type Engine, openPostgres } from '../../src/db/database.ts';
import { tryOutboxLock } from '../../src/modules/notifications/queries.ts';
import { createScheduler, type Scheduler, type TickResult } from '../../src/reminder-scheduler.ts';
import { engines, loginAs, makeUser, openTestDatabase, type Session, testConfig } from '../helpers.ts';
import { makeOfficer, reportConfig, TestClock } from '../report-fixtures.ts';
import { adminQuery, withDatabase } from '../setup/global-setup.ts';
import { type StandIns, startStandIns } from '../stand-ins.ts';

type Mail = { to: string[]; subject: string; text: string };

/** Bytes of a quoted-printable text: "=E0=B8=9B" → the three bytes of "ป". */
function quotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const plain = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < plain.length; i += 1) {
    const hex = plain.slice(i + 1, i + 3);
    if (plain[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(plain[i] ?? ''));
  }
  return Buffer.from(bytes);
}

/** Just enough MIME for these tests: RFC 2047 words in the subject, a base64 or quoted-printable text body. */
function readMail(raw: string, to: string[]): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const words = header('Subject').split(/(=\?UTF-8\?[BQ]\?[^?]*\?=)/i);
  const subject = Buffer.concat(
    words.flatMap((word) => {
      const encoded = /^=\?UTF-8\?([BQ])\?([^?]*)\?=$/i.exec(word);
      if (encoded) {
        const [, kind, text = ''] = encoded;
        return [
          kind?.toUpperCase() === 'B'
            ? Buffer.from(text, 'base64')
            : quotedPrintable(text.replaceAll('_', ' ')),
        ];
      }
      return word.trim() === '' ? [] : [Buffer.from(word)];
    }),
  ).toString('utf8');
  const body = raw.slice(split + 4);
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body).toString('utf8')
        : body;
  return { to, subject, text: text.trim() };
}

/** Two app instances on one database: two connection pools on PostgreSQL; on PGlite the one in-process database. */
async function sharedDatabase(
  engine: Engine,
): Promise<{ handles: [DatabaseHandle, DatabaseHandle]; close: () => Promise<void> }> {
  if (engine === 'pglite') {
    const handle = await openTestDatabase('pglite');
    return { handles: [handle, handle], close: handle.close };
  }
  const url = process.env.TEST_DATABASE_URL ?? '';
  const name = `tidtam_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name} template ${inject('postgresTemplate')}`);
  const a = openPostgres(withDatabase(url, name));
  const b = openPostgres(withDatabase(url, name));
  return {
    handles: [a, b],
    close: async () => {
      await a.close();
      await b.close();
      await adminQuery(url, `drop database if exists ${name}`);
    },
  };
}

const GROUP = `C${'0123456789abcdef'.repeat(2)}`;
const MINUTE = 60_000;

describe.each(engines())('reminders through the outbox on %s', (engine) => {
  const clock = new TestClock('2025-02-25T03:00:00Z');
  let standIns: StandIns;
  /** The mails received so far, subject and text decoded. */
  const mails = () => standIns.mails.map((m) => readMail(m.raw, m.to));
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  let apps: Awaited<ReturnType<typeof buildApp>>[] = [];
  let instances: Scheduler[] = [];
  let files: ReturnType<typeof reportConfig>;
  let mueang: Session;
  let betong: Session;
  let departmentAdmin: Session;

  /** Every instance ticks at once; the totals say how much work was done, whoever did it. */
  async function tickAll(): Promise<TickResult> {
    const results = await Promise.all(instances.map((s) => s.tick()));
    return results.reduce((sum, r) => ({
      ran: sum.ran || r.ran,
      enqueued: sum.enqueued + r.enqueued,
      sent: sum.sent + r.sent,
      retrying: sum.retrying + r.retrying,
      failed: sum.failed + r.failed,
    }));
  }

  beforeAll(async () => {
    standIns = await startStandIns();
    files = reportConfig(clock, {
      smtpUrl: standIns.smtpUrl,
      smtpFrom: 'ติดตาม <tidtam@cdd.example>',
      lineChannelAccessToken: 'test-line-token',
      lineApiBaseUrl: standIns.lineApiBaseUrl,
    });
    shared = await sharedDatabase(engine);
    const config = testConfig(files.overrides);
    apps = await Promise.all(shared.handles.map((handle) => buildApp(config, handle)));
    instances = shared.handles.map((handle) => createScheduler(handle.db, config));
    const [handle] = shared.handles;
    const [app] = apps;
    if (!app) throw new Error('no app');
    const staffUser = await makeUser(handle, 'province_staff', '95-G4');
    const adminUser = await makeUser(handle, 'department_admin', 'CDD');
    const mueangUser = await makeOfficer(handle, '9501', 'mueang.yala@cdd.example');
    const betongUser = await makeOfficer(handle, '9502');
    const staff = await loginAs(app, staffUser.username, staffUser.password);
    [mueang, betong, departmentAdmin] = await Promise.all([
      loginAs(app, mueangUser.username, mueangUser.password),
      loginAs(app, betongUser.username, betongUser.password),
      loginAs(app, adminUser.username, adminUser.password),
    ]);
    const created = await staff.send('POST', '/api/reports/types', {
      provinceCode: '95',
      nameTh: 'แบบรายงานผลการดำเนินงานประจำเดือน',
      fields: [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
      unitScope: 'chosen',
      unitCodes: ['9501', '9502'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const group = await staff.send('PUT', '/api/notifications/line-groups/9501', { groupId: GROUP });
    expect(group.statusCode, group.body).toBe(200);
    expect(
      (await staff.send('PUT', '/api/notifications/line-groups/9502', { groupId: 'not-a-group' })).statusCode,
    ).toBe(400);
  });
  afterAll(async () => {
    await Promise.all(instances.map((s) => s.stop()));
    await Promise.all(apps.map((a) => a.close()));
    await shared.close();
    await standIns.close();
    files.cleanup();
  });

  it('sends the month’s calendar on the 1st once per unit and channel, however many times and instances tick', async () => {
    clock.set('2025-03-01T01:00:00Z');
    const first = await tickAll();
    const again = await tickAll();
    const sequential = [await instances[0]?.tick(), await instances[1]?.tick()];
    expect(first).toMatchObject({ ran: true, enqueued: 4, sent: 4, retrying: 0, failed: 0 });
    expect(again).toMatchObject({ enqueued: 0, sent: 0 });
    expect(sequential).toEqual([
      expect.objectContaining({ enqueued: 0, sent: 0 }),
      expect.objectContaining({ enqueued: 0, sent: 0 }),
    ]);
    if (engine === 'postgresql') {
      // While one instance is inside its claiming transaction, the other one's tick is not the sender.
      await shared.handles[0].db.transaction().execute(async (trx) => {
        expect(await tryOutboxLock(trx)).toBe(true);
        expect(await instances[1]?.tick()).toMatchObject({ ran: false, enqueued: 0, sent: 0 });
      });
    }

    expect(mails()).toEqual([
      {
        to: ['mueang.yala@cdd.example'],
        subject: 'ปฏิทินส่งรายงานประจำเดือนมีนาคม 2568',
        text: 'เมืองยะลา มีรายงานที่ต้องส่งในเดือนมีนาคม 2568 1 รายการ\n• แบบรายงานผลการดำเนินงานประจำเดือน มีนาคม 2568 กำหนดส่งวันที่ 10 มีนาคม 2568',
      },
    ]);
    expect(standIns.pushes).toHaveLength(1);
    expect(standIns.pushes[0]).toMatchObject({
      path: '/v2/bot/message/push',
      authorization: 'Bearer test-line-token',
      retryKey: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      body: {
        to: GROUP,
        messages: [
          {
            type: 'text',
            text: 'ปฏิทินส่งรายงานประจำเดือนมีนาคม 2568\nเมืองยะลา มีรายงานที่ต้องส่งในเดือนมีนาคม 2568 1 รายการ\n• แบบรายงานผลการดำเนินงานประจำเดือน มีนาคม 2568 กำหนดส่งวันที่ 10 มีนาคม 2568',
          },
        ],
      },
    });
    const inbox = (await mueang.get('/api/notifications')).json();
    expect(inbox).toMatchObject({
      unread: 1,
      items: [{ title: 'ปฏิทินส่งรายงานประจำเดือนมีนาคม 2568', link: '/reports?unit=9501&month=2025-03' }],
    });
    expect((await betong.get('/api/notifications')).json().items).toHaveLength(1);
    const read = await mueang.send('POST', `/api/notifications/${inbox.items[0].id}/read`);
    expect(read.json()).toEqual({ unread: 0 });
    expect((await betong.send('POST', `/api/notifications/${inbox.items[0].id}/read`)).statusCode).toBe(404);
  });

  it('reminds 3 days before the due date only the units that have not submitted, once', async () => {
    clock.set('2025-03-05T03:00:00Z');
    const opened = await betong.send('POST', '/api/reports/submissions', {
      reportTypeId: (await betong.get('/api/reports/types?province=95')).json().items[0].id,
      unitCode: '9502',
      month: '2025-03',
    });
    const id = opened.json().submission.id;
    await betong.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { households: '๒๕' } });
    expect((await betong.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);

    clock.set('2025-03-06T23:30:00Z'); // 06:30 on 7 March in Bangkok: 3 days before the 10th
    expect(await tickAll()).toMatchObject({ enqueued: 3, sent: 3 });
    expect(await tickAll()).toMatchObject({ enqueued: 0, sent: 0 });
    clock.set('2025-03-08T03:00:00Z');
    expect(await tickAll()).toMatchObject({ enqueued: 0, sent: 0 });

    expect(mails()).toHaveLength(2);
    expect(mails()[1]).toEqual({
      to: ['mueang.yala@cdd.example'],
      subject: 'อีก 3 วันถึงกำหนดส่งแบบรายงานผลการดำเนินงานประจำเดือน',
      text: 'เมืองยะลา: แบบรายงานผลการดำเนินงานประจำเดือน มีนาคม 2568 กำหนดส่งวันที่ 10 มีนาคม 2568 ยังไม่ได้ส่งในระบบติดตาม',
    });
    expect(standIns.pushes).toHaveLength(2);
    expect(standIns.pushes[1]?.body.messages[0]?.text).toBe(
      'อีก 3 วันถึงกำหนดส่งแบบรายงานผลการดำเนินงานประจำเดือน\nเมืองยะลา: แบบรายงานผลการดำเนินงานประจำเดือน มีนาคม 2568 กำหนดส่งวันที่ 10 มีนาคม 2568 ยังไม่ได้ส่งในระบบติดตาม',
    );
    expect((await mueang.get('/api/notifications')).json().items).toHaveLength(2);
    expect((await betong.get('/api/notifications')).json().items).toHaveLength(1);
  });

  it('retries a failing LINE endpoint with backoff and marks it failed after the last attempt', async () => {
    standIns.lineStatus = 500;
    clock.set('2025-04-01T01:00:00Z');
    expect(await tickAll()).toMatchObject({ enqueued: 4, sent: 3, retrying: 1, failed: 0 });
    expect(standIns.pushes).toHaveLength(3);
    clock.advance(30_000);
    expect(await tickAll()).toMatchObject({ sent: 0, retrying: 0 });
    expect(standIns.pushes).toHaveLength(3);

    for (const [index, minutes] of [1, 5, 30, 120, 720].entries()) {
      clock.advance(minutes * MINUTE - (index === 0 ? 30_000 : 0) - 1000);
      expect((await tickAll()).retrying, `not yet due after ${minutes} min`).toBe(0);
      clock.advance(1000);
      const result = await tickAll();
      expect(result).toMatchObject(index === 4 ? { retrying: 0, failed: 1 } : { retrying: 1, failed: 0 });
    }
    clock.advance(24 * 60 * MINUTE);
    expect(await tickAll()).toMatchObject({ sent: 0, retrying: 0, failed: 0 });

    const attempts = standIns.pushes.slice(2);
    expect(attempts).toHaveLength(6);
    expect(new Set(attempts.map((p) => p.retryKey)).size).toBe(1);
    const failed = (await departmentAdmin.get('/api/notifications/outbox?status=failed')).json();
    expect(failed.items).toEqual([
      expect.objectContaining({
        channel: 'line',
        recipient: GROUP,
        status: 'failed',
        attempts: 6,
        idempotencyKey: expect.stringMatching(/:2025-04:monthly-overview:line$/),
        lastError: 'LINE 500: {"message":"down"}',
      }),
    ]);
    expect((await mueang.get('/api/notifications/outbox')).statusCode).toBe(403);
  });
});
