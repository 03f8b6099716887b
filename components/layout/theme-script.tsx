import { THEME_STORAGE_KEY } from "@/lib/theme";

/**
 * Runs before the first paint so a stored or system dark theme never flashes light. It is inline
 * (blocking) on purpose and tiny; React hydration leaves <html>'s class alone (suppressHydrationWarning).
 */
const script = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
