import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

function SearchIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}

type Props = {
  label: string;
  placeholder: string;
  /** The search in force (from the URL); the box starts from it. */
  value: string;
  /** Called with the trimmed text 300 ms after the last keystroke. */
  onSearch: (q: string) => void;
  testId: string;
};

/** A list's search box: searches as the user types (debounced), at most the 100 characters the server takes. */
export function SearchBox({ label, placeholder, value, onSearch, testId }: Props) {
  const [text, setText] = useState(value);
  const search = useDebouncedCallback((q: string) => onSearch(q.trim()), 300);
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        search(e.currentTarget.value);
      }}
      leftSection={<SearchIcon />}
      maxLength={100}
      w={{ base: '100%', xs: 280 }}
      data-testid={testId}
    />
  );
}
