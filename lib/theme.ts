export const THEME_STORAGE_KEY = "theme";

export type Theme = "light" | "dark";
