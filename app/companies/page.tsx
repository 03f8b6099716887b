import { NameIndex } from "@/components/talks/name-index";
import { PageIntro } from "@/components/layout/page-intro";
import { getCompanies } from "@/lib/content";
import { pluralise } from "@/lib/render/format";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

export const metadata = buildMetadata({
  title: "Companies",
  description: `The organisations whose people have spoken at ${siteConfig.name}, with every talk they gave.`,
  path: "/companies",
});

export default function CompaniesPage() {
  const companies = getCompanies();
  const entries = companies.map((company) => ({
    slug: company.slug,
    name: company.name,
    detail: `${pluralise(company.talks.length, "talk")} · ${pluralise(company.speakers.length, "speaker")}`,
  }));
  return (
    <>
      <PageIntro title="Companies" description={`${pluralise(companies.length, "organisation")} have presented at ${siteConfig.name}.`} />
      <NameIndex basePath="/companies" entries={entries} label="Companies" />
    </>
  );
}
