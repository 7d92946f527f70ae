/**
 * Buddhist Era (พ.ศ.) ↔ Common Era (ค.ศ.): B.E. = C.E. + 543.
 * The seeds write every year in B.E., e.g. 001 L11: "รอบการประเมินที่ ๒ (๑ เมษายน ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘)"
 * is 1 April – 30 September 2025 C.E.
 */
export const BUDDHIST_ERA_OFFSET = 543;

export function toBuddhistYear(commonEraYear: number): number {
  return commonEraYear + BUDDHIST_ERA_OFFSET;
}

export function toCommonEraYear(buddhistYear: number): number {
  return buddhistYear - BUDDHIST_ERA_OFFSET;
}
