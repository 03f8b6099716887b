"use client";

import { type KeyboardEvent, type ReactNode, useSyncExternalStore } from "react";
import { isThemeChoice, THEME_CHANGE_EVENT, THEME_CHOICES, THEME_STORAGE_KEY, type ThemeChoice } from "@/lib/theme";

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

// The theme script has set data-theme before anything renders.
const currentChoice = (): ThemeChoice | null => {
  const choice = document.documentElement.dataset.theme;
  return isThemeChoice(choice) ? choice : null;
};

function choose(choice: ThemeChoice) {
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private browsing may refuse storage; the choice still applies to this page.
    document.documentElement.dataset.theme = choice;
  }
  window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
}

const LABELS: Record<ThemeChoice, string> = { light: "Light", dark: "Dark", system: "System" };
const ICON_PROPS = { "aria-hidden": true, viewBox: "0 0 24 24", className: "size-4", fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round" } as const;
const ICONS: Record<ThemeChoice, ReactNode> = {
  light: (
    <svg {...ICON_PROPS}>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.93 4.93l1.41 1.41M17.66 17.66l1.41 1.41M2 12h2M20 12h2M4.93 19.07l1.41-1.41M17.66 6.34l1.41-1.41" />
    </svg>
  ),
  dark: (
    <svg {...ICON_PROPS}>
      <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
    </svg>
  ),
  system: (
    <svg {...ICON_PROPS}>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </svg>
  ),
};

/** Light, dark, or the system's theme: a choice remembered per browser and shared by its tabs. */
export function ThemeToggle() {
  // The server cannot know the choice: nothing is marked checked until hydrated, so the markup matches.
  const current = useSyncExternalStore<ThemeChoice | null>(subscribe, currentChoice, () => null);
  // A radio group, as the ARIA pattern has it: one stop for Tab, the arrow keys move the choice.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = THEME_CHOICES[(THEME_CHOICES.indexOf(current ?? "system") + step + THEME_CHOICES.length) % THEME_CHOICES.length] ?? "system";
    choose(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-choice="${next}"]`)?.focus();
  }
  return (
    <div role="radiogroup" aria-label="Theme" onKeyDown={onKeyDown} className="inline-flex items-center rounded-full p-0.5 ring-1 ring-slate-200 dark:ring-slate-700">
      {THEME_CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          role="radio"
          data-choice={choice}
          tabIndex={(current ?? "system") === choice ? 0 : -1}
          aria-checked={current === choice}
          aria-label={LABELS[choice]}
          title={choice === "system" ? "Follow the system's theme" : `${LABELS[choice]} theme`}
          onClick={() => choose(choice)}
          className="inline-flex size-8 items-center justify-center rounded-full text-slate-600 transition hover:text-slate-900 aria-checked:bg-slate-100 aria-checked:text-slate-950 dark:text-slate-400 dark:hover:text-white dark:aria-checked:bg-slate-800 dark:aria-checked:text-white"
        >
          {ICONS[choice]}
        </button>
      ))}
    </div>
  );
}
