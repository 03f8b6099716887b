import { notFound } from "next/navigation";
import { CompanyView } from "@/components/talks/company-view";
import { getCompanies, getCompany } from "@/lib/content";
import { pluralise } from "@/lib/render/format";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

type CompanyPageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCompanies().map((company) => ({ slug: company.slug }));
}

export async function generateMetadata({ params }: CompanyPageProps) {
  const company = getCompany((await params).slug);
  if (!company) return {};
  return buildMetadata({
    title: company.name,
    description: `${pluralise(company.talks.length, "talk")} by people from ${company.name} at ${siteConfig.name}.`,
    path: `/companies/${company.slug}`,
  });
}

export default async function CompanyPage({ params }: CompanyPageProps) {
  const company = getCompany((await params).slug);
  if (!company) notFound();
  return <CompanyView company={company} />;
}
