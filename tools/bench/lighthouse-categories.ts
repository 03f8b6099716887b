/** Lighthouse's four categories in its report's order, with their names: apart from lighthouse.ts so the report can use them without loading Lighthouse (seconds). */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = { performance: "Performance", accessibility: "Accessibility", "best-practices": "Best Practices", seo: "SEO" };
