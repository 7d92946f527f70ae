import { dictionary, type MessageKey } from './dictionary';

/** A key built from server data (e.g. `entity.${name}`) that may have no translation. */
export function knownMessageKey(key: string): MessageKey | undefined {
  return key in dictionary ? (key as MessageKey) : undefined;
}
