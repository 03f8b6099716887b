import { THEME_CHANGE_EVENT, THEME_STORAGE_KEY } from "@/lib/theme";

/**
 * Runs before the first paint, so a stored or system dark theme never flashes light, and keeps the
 * page in step afterwards: with the system while the visitor follows it, and with a choice made in
 * another tab. It is inline (blocking) on purpose and tiny; React leaves <html>'s class and
 * data-theme alone (suppressHydrationWarning). The toggle only stores a choice and announces it.
 */
const script = `(function(){var k=${JSON.stringify(THEME_STORAGE_KEY)},h=document.documentElement,m=matchMedia("(prefers-color-scheme: dark)");function a(){var c=null;try{c=localStorage.getItem(k)}catch(e){}if(c!=="light"&&c!=="dark")c="system";h.dataset.theme=c;h.classList.toggle("dark",c==="dark"||(c==="system"&&m.matches))}a();m.addEventListener("change",a);addEventListener("storage",function(e){if(e.key===k||e.key===null)a()});addEventListener(${JSON.stringify(THEME_CHANGE_EVENT)},a)})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
