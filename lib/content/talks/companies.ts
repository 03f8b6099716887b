// Companies as a recap writes them: their names, legal forms, and the fullest form the recap gives.
import { isCity, nameKey } from "./names";
import type { Evidence } from "./speakers";
import { LEGAL_FORM } from "./vocabulary";

// "A.P." may be followed by more words; any other full stop ends the company ("Acme Corp. She…").
const COMPANY_WORD = String.raw`(?:(?:\p{Lu}\.){1,3}|[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&'’+!-]*(?:\.[\p{L}\p{N}][\p{L}\p{M}\p{N}&'’+!-]*)*)`;
// "eSynergy", "iManage": a lower-case prefix is fine before a capital.
// A legal form that ends the name is tried before another word, so "Amaro Cloud S.r.l." and "Haneul Cloud
// Co., Ltd." stay whole (and "Acme Corp. She talked" still ends at "Corp").
// "Brightvane (Nordhavn AG)": the legal entity behind a brand, in brackets, is part of the name.
export const COMPANY_NAME = String.raw`(?:\p{Ll}{1,2}(?=\p{Lu}))?${COMPANY_WORD}(?:${LEGAL_FORM}(?!\s+\p{Lu})|\s+(?:(?:of|-|–|&|for|de)\s+)?${COMPANY_WORD})*${LEGAL_FORM}?(?:\s+\(${COMPANY_WORD}(?:\s+${COMPANY_WORD})*?${LEGAL_FORM}\))?`;

// "Acme Corp." and "Tisza Data Zrt.": the full stop of a legal form belongs to the company…
const LEGAL_DOT_RE = /(?:Inc|Ltd|Corp|Co|Zrt|Kft|Bhd)$/u;
// …always for the forms English never writes without one, even when it also ends the sentence.
const ALWAYS_DOTTED_RE = /(?:Inc|Corp|Co)$/u;

/** The company with its legal form's full stop, when the text after it starts with one that is the form's. */
export function withLegalDot(company: string, after: string): string {
  if (!after.startsWith(".") || !LEGAL_DOT_RE.test(company)) return company;
  return ALWAYS_DOTTED_RE.test(company) || !/^\.(?:\s+\p{Lu}|\s*$)/u.test(after) ? `${company}.` : company;
}

/** A company the recap names as one: in its title, with a legal form, or as where someone works. */
export function isListedCompany(name: string, evidence: Pick<Evidence, "companies"> & Partial<Pick<Evidence, "legalNames" | "people">>): boolean {
  const key = nameKey(name);
  const employers = (evidence.people ?? []).flatMap((person) => person.company?.split(/\s+\/\s+/u) ?? []);
  return [...evidence.companies, ...(evidence.legalNames ?? []), ...employers].some((company) => nameKey(company) === key);
}

export function cleanCompany(raw: string): string | null {
  // "Tbilisi-based Svaneti Cloud": where the company is based is not its name.
  const company = raw.replace(/\s+/g, " ").trim().replace(/[,;:]$/u, "").replace(/^\p{Lu}[\p{L}\p{M}]*-based\s+/u, "");
  // "Great Certificate Expiry of 2022": a year is not a company; "from Cardiff", "joined us from Nantes": nor a city.
  return /\p{L}/u.test(company) && !isCity(company) ? company : null;
}

// A company may already be a list ("Ibis Cloud / Vela Systems"): each name once.
const LEGAL_NAME_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])${COMPANY_NAME}`, "gu");

/** "Tidewater Labs, Inc.", "Pan y Nube S.L.": the companies a text names with their legal form. */
export function legalNamesIn(text: string): string[] {
  return [...text.matchAll(LEGAL_NAME_RE)].map((match) => withLegalDot(match[0], text.slice(match.index + match[0].length))).filter((name) => new RegExp(String.raw`${LEGAL_FORM}\.?$`, "u").test(name));
}

/** A company as the recap names it most fully: "Tidewater Labs" where it also says "Tidewater Labs, Inc.". */
export function fullestCompany(company: string, evidence: Evidence): string {
  return company
    .split(/\s+\/\s+/u)
    .map((part) => evidence.legalNames?.find((name) => name.startsWith(part) && new RegExp(String.raw`^(?:${LEGAL_FORM})?\.?$`, "u").test(name.slice(part.length)) && name !== part) ?? part)
    .join(" / ");
}

export function addCompany(companies: string[], company: string | null): void {
  for (const name of company?.split(/\s+\/\s+/u) ?? []) if (!companies.includes(name)) companies.push(name);
}
