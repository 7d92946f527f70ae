import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { dictionary, type MessageKey } from './dictionary';

export type Language = 'th' | 'en';

type Params = Record<string, string | number>;

type I18n = {
  lang: Language;
  setLang: (lang: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
};

const storageKey = 'tidtam.lang';

const I18nContext = createContext<I18n | null>(null);

function storedLanguage(): Language {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'th';
}

function interpolate(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** A message in a fixed language: official printouts are always Thai, whatever the UI language. */
export function translate(key: MessageKey, lang: Language, params?: Params): string {
  return interpolate(dictionary[key][lang], params);
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(storedLanguage);

  const setLang = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(key, lang, params) }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside LanguageProvider');
  return context;
}
