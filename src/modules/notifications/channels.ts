import { createHash } from 'node:crypto';
import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import type { OutboxChannel } from '../../db/tables/reports.ts';

/** What every channel carries: a Thai title, a body, and where it points in the app. */
export type Payload = { title: string; body: string; link: string | null };

export type Senders = {
  email: ((to: string, payload: Payload) => Promise<void>) | null;
  line: ((groupId: string, payload: Payload, idempotencyKey: string) => Promise<void>) | null;
};

type ChannelConfig = Pick<Config, 'smtpUrl' | 'smtpFrom' | 'lineChannelAccessToken' | 'lineApiBaseUrl'>;

/** In-app always; e-mail when SMTP_URL is set; LINE when LINE_CHANNEL_ACCESS_TOKEN is. */
export function enabledChannels(config: ChannelConfig): OutboxChannel[] {
  return [
    'inapp',
    ...(config.smtpUrl ? (['email'] as const) : []),
    ...(config.lineChannelAccessToken ? (['line'] as const) : []),
  ];
}

/** LINE's X-Line-Retry-Key is a UUID: one derived from the outbox key, so a retried push is never shown twice. */
function retryKeyOf(idempotencyKey: string): string {
  const hex = createHash('sha256').update(idempotencyKey).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A LINE text message holds at most 5,000 characters. */
const LINE_TEXT_LIMIT = 5000;

export function sendersOf(config: ChannelConfig): Senders {
  const { smtpUrl, lineChannelAccessToken } = config;
  const mailer = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  const line = lineChannelAccessToken
    ? new messagingApi.MessagingApiClient({
        channelAccessToken: lineChannelAccessToken,
        baseURL: config.lineApiBaseUrl,
      })
    : null;
  return {
    email: mailer
      ? async (to, payload) => {
          await mailer.sendMail({ from: config.smtpFrom, to, subject: payload.title, text: payload.body });
        }
      : null,
    line: line
      ? async (groupId, payload, idempotencyKey) => {
          const text = `${payload.title}\n${payload.body}`.slice(0, LINE_TEXT_LIMIT);
          try {
            await line.pushMessage(
              { to: groupId, messages: [{ type: 'text', text }] },
              retryKeyOf(idempotencyKey),
            );
          } catch (error) {
            // 409 with a retry key: LINE already accepted this very message on an earlier attempt.
            if (error instanceof HTTPFetchError && error.status === 409) return;
            if (error instanceof HTTPFetchError)
              throw new Error(`LINE ${error.status}: ${error.body.slice(0, 300)}`);
            throw error;
          }
        }
      : null,
  };
}
