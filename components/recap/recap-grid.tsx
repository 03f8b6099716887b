import { RecapCard } from "@/components/recap/recap-card";
import type { Recap } from "@/lib/content";

type RecapGridProps = { recaps: Recap[]; prioritiseFirst?: boolean; headingLevel?: "h2" | "h3" };

export function RecapGrid({ recaps, prioritiseFirst = false, headingLevel = "h3" }: RecapGridProps) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {recaps.map((recap, index) => (
        <li key={recap.slug} className="flex">
          <div className="flex w-full">
            <RecapCard recap={recap} priority={prioritiseFirst && index === 0} headingLevel={headingLevel} />
          </div>
        </li>
      ))}
    </ul>
  );
}
