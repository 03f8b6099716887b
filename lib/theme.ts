export const THEME_STORAGE_KEY = "theme";
/** Sent on window when this tab changes the choice; other tabs hear the storage event. */
export const THEME_CHANGE_EVENT = "themechange";

/** What the visitor chose: a theme, or to follow their system's. */
export type ThemeChoice = "light" | "dark" | "system";
export const THEME_CHOICES: readonly ThemeChoice[] = ["light", "dark", "system"];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === "light" || value === "dark" || value === "system";
}
