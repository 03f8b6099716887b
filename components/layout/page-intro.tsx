import type { ReactNode } from "react";

export function PageIntro({ title, description, children }: { title: string; description?: string; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 pb-6 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
      {description ? <p className="mt-3 max-w-2xl text-lg text-slate-600 dark:text-slate-400">{description}</p> : null}
      {children}
    </div>
  );
}
