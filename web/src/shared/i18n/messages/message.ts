/** One UI string in both languages: Thai first. */
export type Message = { th: string; en: string };
