// The people a recap lists in one sentence: its introduction's line-up, a caption, a thanks.
import { looksLikePerson, nameRuns, nameWords } from "./names";
import { companyAt, type Person } from "./speakers";

// "Our speakers this month were …", "We had two excellent speakers, …": a few words or a comma may stand
// between the speakers and their list.
const LIST_OPENS = /(?:featur\w*|speakers?\s*(?:(?:[\p{Ll}'’]+\s+){0,3}?(?:were|was)|:|lined\s+up:?)?|line-?up\s*(?:featured|included|was|:)?|talks\s+(?:from|by)|joined\s+by|:)[\s,]*$/iu;

/**
 * "featuring A B, C D and E F", "speakers: A from X, B from Y and C": the people of an
 * enumeration that opens with a word for speakers, or whose every member has a company.
 */
export function listedPeople(text: string): Person[] {
  const people: Person[] = [];
  // "Secrets Without Tears: External Secrets in Practice": after a bare colon, one name that the
  // sentence runs on from is a subtitle's words; "Spotlight: Olumide Bankole-Smith, who …" is a person.
  let chain: { people: Person[]; bare: boolean; end: number } = { people: [], bare: false, end: 0 };
  const close = () => {
    const alone = chain.bare && chain.people.length === 1 && chain.people[0]?.company === null;
    if (!alone || /^\s*,\s*(?:who|whose)\s/u.test(text.slice(chain.end))) people.push(...chain.people);
    chain = { people: [], bare: false, end: 0 };
  };
  let chained = false;
  let previousEnd = -1;
  for (const run of nameRuns(text)) {
    // The company just read ("from Tillerman Insurance") is not the next member.
    if (run.from < previousEnd) continue;
    const { company, end } = companyAt(text, run.to);
    const person = nameWords(run.text).length >= 2 && looksLikePerson(run.text);
    const opener = LIST_OPENS.exec(text.slice(0, run.from));
    const follows: boolean = chained && /^\s*(?:,|and|&|,\s*and)\s*$/u.test(text.slice(previousEnd, run.from));
    if (!follows) close();
    // "Speakers: …" opens with a word for speakers; "…: " with the colon alone.
    if (opener && !follows) chain.bare = opener[0].trim() === ":";
    chained = person && (opener !== null || follows);
    previousEnd = end;
    if (chained || (person && company !== null && follows)) {
      chain.people.push({ name: run.text, company });
      chain.end = end;
    }
  }
  close();
  return people;
}
