import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The real parts a reminder goes through, run locally: an SMTP server (the `smtp-server` package) that keeps every
 * mail as received, and an HTTP endpoint standing in for the LINE Messaging API's base URL that keeps every push.
 */

export type CaughtMail = { to: string[]; raw: string };
export type CaughtPush = {
  path: string;
  authorization: string;
  retryKey: string;
  body: { to: string; messages: { type?: string; text: string }[] };
};

export type StandIns = {
  mails: CaughtMail[];
  pushes: CaughtPush[];
  /** The status the LINE stand-in answers with (200 by default; another makes it fail). */
  lineStatus: number;
  smtpUrl: string;
  lineApiBaseUrl: string;
  close: () => Promise<void>;
};

export async function startStandIns(): Promise<StandIns> {
  const mails: CaughtMail[] = [];
  const pushes: CaughtPush[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  const line = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      pushes.push({
        path: request.url ?? '',
        authorization: request.headers.authorization ?? '',
        retryKey: String(request.headers['x-line-retry-key'] ?? ''),
        body: JSON.parse(body),
      });
      response.writeHead(standIns.lineStatus, { 'content-type': 'application/json' });
      response.end(
        standIns.lineStatus === 200 ? '{"sentMessages":[{"id":"1","quoteToken":"q"}]}' : '{"message":"down"}',
      );
    });
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => line.listen(0, '127.0.0.1', resolve));
  const standIns: StandIns = {
    mails,
    pushes,
    lineStatus: 200,
    smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    lineApiBaseUrl: `http://127.0.0.1:${(line.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise((resolve) => line.close(resolve));
    },
  };
  return standIns;
}
