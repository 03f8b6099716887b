import { PageIntro } from "@/components/layout/page-intro";
import { TagIndex } from "@/components/talks/tag-index";
import { getTags } from "@/lib/content";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

export const metadata = buildMetadata({
  title: "Tags",
  description: `${siteConfig.name} recaps by topic and by year.`,
  path: "/tags",
});

export default function TagsPage() {
  return (
    <>
      <PageIntro title="Tags" description="Recaps by topic and by year." />
      <TagIndex tags={getTags()} />
    </>
  );
}
