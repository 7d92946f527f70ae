import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Config } from '../src/config.ts';
import type { DatabaseHandle } from '../src/db/database.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';
import { loginEach, makeUser, type Session, type TestApp } from './helpers.ts';

/** A clock the test moves by hand: the app and the scheduler read `now` through config.clock. */
export class TestClock {
  now: Date;
  constructor(iso: string) {
    this.now = new Date(iso);
  }
  set(iso: string): void {
    this.now = new Date(iso);
  }
  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}

/** Config overrides for report tests: the clock, and uploads in a temporary folder removed by `cleanup`. */
export function reportConfig(clock: TestClock, extra: Partial<Config> = {}) {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-files-'));
  return {
    overrides: { clock: () => clock.now, filesDir, ...extra } satisfies Partial<Config>,
    cleanup: () => fs.rmSync(filesDir, { recursive: true, force: true }),
  };
}

/** A user with an e-mail address, as the CLI makes one. */
export async function makeOfficer(handle: DatabaseHandle, unitCode: string, email?: string) {
  const username = `officer-${unitCode}-${randomBytes(3).toString('hex')}`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const user = await createUserAsSystem(handle.db, {
    username,
    password,
    role: 'district_officer',
    unitCode,
    displayName: `พัฒนาการอำเภอ ${unitCode}`,
    ...(email ? { email } : {}),
  });
  return { ...user, username, password };
}

/** One file in a multipart/form-data body, as a browser sends it. */
export function multipart(filename: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = `----tidtam${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A real photo: a JPEG of the given size. */
export const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#2a7' } })
    .jpeg()
    .toBuffer();

/** The seed's monthly progress report: due on the 10th of the month reported on (seed 002 §3.2). */
export function monthlyReport(provinceCode: string, extra: Record<string, unknown> = {}) {
  return {
    provinceCode,
    nameTh: 'รายงานความก้าวหน้าการดำเนินงานประจำเดือน',
    fields: [
      {
        id: 'households',
        kind: 'number',
        labelTh: 'จำนวนครัวเรือนที่ได้รับการพัฒนา',
        unit: 'ครัวเรือน',
        required: true,
        min: 0,
      },
      { id: 'problems', kind: 'text', labelTh: 'ปัญหาอุปสรรค', required: false },
      { id: 'photos', kind: 'photo', labelTh: 'ภาพกิจกรรม', required: true, min: 1, max: 2 },
      { id: 'evidence', kind: 'file', labelTh: 'เอกสารหลักฐาน', required: false },
    ],
    schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    ...extra,
  };
}

/** Yala's province admin, an officer of its information work group, and the officers of Mueang and Betong, signed in. */
export async function yalaReportDesk(t: TestApp) {
  const users = await Promise.all([
    makeUser(t.handle, 'province_admin', '95'),
    makeUser(t.handle, 'province_staff', '95-G4'),
    makeUser(t.handle, 'district_officer', '9501'),
    makeUser(t.handle, 'district_officer', '9502'),
  ]);
  const [admin, staff, mueang, betong] = await loginEach(t.app, users);
  return { admin, staff, mueang, betong, staffId: users[1].id };
}

/** Opens (or finds) a unit's report of a month and answers its view. */
export async function openReport(who: Session, reportTypeId: number, unitCode: string, month: string) {
  const res = await who.send('POST', '/api/reports/submissions', { reportTypeId, unitCode, month });
  if (res.statusCode >= 300) throw new Error(`opening the report failed: ${res.statusCode} ${res.body}`);
  return res.json().submission;
}
