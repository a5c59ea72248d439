// The data rules of CONTRIBUTING-DATA.md that a program can check, as pure functions over a dataset
// (and, for the wording rules, the report): each returns the records that break one rule. A record
// may be waived from one rule in rule-waivers.yaml, with a reason; a waiver that matches no failure
// is reported as stale, so the list cannot outlive its reasons.
import type { AnyRecord, Dataset, DateInfo, Kind, Relation } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { MONTHS } from './provenance.ts';

/** The rules a program checks, by name (see CONTRIBUTING-DATA.md, Rules). */
const RULE_CHECKS = [
  'date-too-precise',
  'relative-phrase-missing',
  'description-unsupported',
  'relation-end-unnamed',
  'count-of-list',
  'unlinked-twin',
  'twin-date-mismatch',
  'participant-kind',
  'target-not-listed',
  'country-unstated',
] as const;

/** A rule a program checks. */
type RuleCheck = (typeof RULE_CHECKS)[number];

/** One record that breaks one rule. */
export interface RuleFailure {
  /** The record. */
  id: string;
  /** The rule. */
  check: RuleCheck;
  /** What is wrong, what was expected, what was found. */
  message: string;
}

/** A reviewed exception: this record is exempt from this rule, for this reason. */
export interface RuleWaiver {
  /** The record. */
  id: string;
  /** The rule it is exempt from. */
  check: RuleCheck;
  /** Why, in a sentence a reviewer can check against the report. */
  reason: string;
}

// Adjectives the report uses for a country where its name is not a substring of them ("Chinese"
// does not contain "China"); "Japanese" and "South Korean" need none.
const DEMONYMS: Record<string, readonly string[]> = {
  'country:cn': ['Chinese'],
  'country:nl': ['Dutch'],
  'country:su': ['Soviet'],
};

function allRecords(dataset: Dataset): AnyRecord[] {
  return KIND_NAMES.flatMap((kind) => dataset[KINDS[kind].collection] as AnyRecord[]);
}

function namesOf(record: AnyRecord | undefined): string[] {
  if (!record || !('name' in record)) return [];
  return [record.name, ...(record.aliases ?? []), ...(DEMONYMS[record.id] ?? [])];
}

function mentions(excerpts: readonly string[], words: readonly string[]): boolean {
  return excerpts.some((excerpt) => words.some((word) => excerpt.toLowerCase().includes(word.toLowerCase())));
}

// Whole words only: "April 2" is not in "April 2018", nor "2018" in "20180".
function mentionsWords(excerpts: readonly string[], words: string): boolean {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return excerpts.some((excerpt) => pattern.test(excerpt));
}

/** Every date a record holds, with where it stands in the record. */
function datesOf(record: AnyRecord): { path: string; date: DateInfo }[] {
  const found: { path: string; date: DateInfo }[] = [];
  const add = (path: string, date: DateInfo | undefined) => {
    if (date) found.push({ path, date });
  };
  if ('date' in record) add('date', record.date as DateInfo | undefined);
  if ('period' in record) add('period', record.period as DateInfo | undefined);
  if (record.kind === 'person')
    record.affiliations?.forEach((affiliation, index) => {
      add(`affiliations[${index}].period`, affiliation.period);
    });
  return found;
}

/**
 * The words an excerpt must hold for one end of an EDTF date to be as precise as it is: `October 7`
 * for a day, `October` for a month, `2022` for a year; `undefined` for an open end, a decade or a
 * century, which state no more than their digits.
 */
export function wordsForEnd(end: string): string | undefined {
  const plain = end.replace(/[~?%]/g, '');
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plain);
  if (day) return `${MONTHS[Number(day[2]) - 1]} ${Number(day[3])}`;
  const month = /^(\d{4})-(\d{2})$/.exec(plain);
  if (month) return Number(month[2]) <= 12 ? MONTHS[Number(month[2]) - 1] : month[1];
  const year = /^(\d{4})$/.exec(plain);
  return year ? String(Number(year[1])) : undefined;
}

/** The numbers a text states in digits, commas removed: "3,470 in 2022" gives 3470 and 2022. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => match[0].replaceAll(',', ''));
}

/**
 * Rule (b): a date is no more precise than the words of its record's excerpts. Each end of a date
 * needs its words in an excerpt (the day, the month name, the year); a date worked out from other
 * words says how in `relative`, whose phrase must then be in an excerpt. The report's own document
 * is dated by its front matter (`meta.source.date`).
 */
export function checkDatePrecision(dataset: Dataset): RuleFailure[] {
  const failures: RuleFailure[] = [];
  for (const record of allRecords(dataset)) {
    const excerpts = record.sources.map((citation) => citation.excerpt);
    for (const { path, date } of datesOf(record)) {
      if (record.id === dataset.meta.source.document) {
        if (date.edtf !== dataset.meta.source.date)
          failures.push({
            id: record.id,
            check: 'date-too-precise',
            message: `the report's own date is ${dataset.meta.source.date} (its front matter), but ${path} is ${date.edtf}`,
          });
        continue;
      }
      if (date.relative) {
        if (!mentions(excerpts, [date.relative.phrase]))
          failures.push({
            id: record.id,
            check: 'relative-phrase-missing',
            message: `${path}.relative.phrase ${JSON.stringify(date.relative.phrase)} is in none of the record's excerpts`,
          });
        continue;
      }
      for (const end of date.edtf.split('/')) {
        const words = wordsForEnd(end);
        if (words && !mentionsWords(excerpts, words))
          failures.push({
            id: record.id,
            check: 'date-too-precise',
            message: `${path} ${date.edtf} states ${JSON.stringify(words)}, which none of the record's excerpts says; cite the words, make the date coarser, or say how it was worked out in relative`,
          });
      }
    }
  }
  return failures;
}

/**
 * Rule (c), the part a program can see: every number a record's description or label states in
 * digits is in one of its excerpts (a figure may also restate its own value or range).
 */
export function checkDescriptionNumbers(dataset: Dataset): RuleFailure[] {
  const failures: RuleFailure[] = [];
  for (const record of allRecords(dataset)) {
    const excerpts = record.sources.map((citation) => citation.excerpt.replaceAll(',', ''));
    // A figure's description may restate its own value or range, which is checked against the text.
    const own =
      record.kind === 'figure'
        ? [record.value, record.range?.min, record.range?.max].filter((n) => n !== undefined).map(String)
        : [];
    for (const field of ['description', 'label'] as const) {
      const text = (record as { description?: string; label?: string })[field];
      if (!text) continue;
      const missing = numbersIn(text).filter(
        (number) => !own.includes(number) && !excerpts.some((excerpt) => excerpt.includes(number)),
      );
      if (missing.length > 0)
        failures.push({
          id: record.id,
          check: 'description-unsupported',
          message: `the ${field} states ${missing.map((number) => JSON.stringify(number)).join(', ')}, which none of the record's excerpts says`,
        });
    }
  }
  return failures;
}

/** Rule (d), for relations: each end is named in an excerpt, by its name, an alias or a demonym. */
export function checkRelationEnds(dataset: Dataset): RuleFailure[] {
  const byId = new Map<string, AnyRecord>(allRecords(dataset).map((record) => [record.id, record]));
  const failures: RuleFailure[] = [];
  for (const relation of dataset.relations as Relation[]) {
    const excerpts = relation.sources.map((citation) => citation.excerpt);
    for (const end of ['subject', 'object'] as const) {
      const names = namesOf(byId.get(relation[end]));
      if (!mentions(excerpts, names))
        failures.push({
          id: relation.id,
          check: 'relation-end-unnamed',
          message: `no excerpt names the ${end}, ${relation[end]} (${names.map((name) => JSON.stringify(name)).join(', ')})`,
        });
    }
  }
  return failures;
}

const LIST_KINDS: readonly Kind[] = ['objective', 'tactic'];

/**
 * Rule (a) and (g): a figure of unit `count` does not count a list the data captures item by item:
 * its value is not the number of its subjects of one kind, nor the length of a listed kind
 * (objectives, tactics) it is about.
 */
export function checkCountsOfLists(dataset: Dataset): RuleFailure[] {
  const failures: RuleFailure[] = [];
  for (const figure of dataset.figures) {
    if (figure.unit !== 'count' || figure.value === undefined) continue;
    const byKind = new Map<string, number>();
    for (const subject of figure.subjects) {
      const kind = subject.split(':')[0] as string;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    const listed = [...byKind].find(([, count]) => count >= 2 && count === figure.value);
    const wholeList = LIST_KINDS.find(
      (kind) =>
        byKind.has(KINDS[kind].prefix) &&
        (dataset[KINDS[kind].collection] as AnyRecord[]).length === figure.value,
    );
    if (listed || wholeList)
      failures.push({
        id: figure.id,
        check: 'count-of-list',
        message: `a count of ${figure.value} whose items the data already holds (${listed ? `${listed[1]} ${listed[0]} subjects` : `every ${wholeList}`}): retire the figure and capture the items`,
      });
  }
  return failures;
}

/**
 * Rule (e): an event that cites the same words as a document or a policy, words that name that
 * record (by a name no other record has), tells the happening of that record, so it lists it in `related`; an event of a speech,
 * interview or publication has the date of the document it lists; and participants are actors and
 * things acted on, never a policy or a document.
 */
export function checkTwins(dataset: Dataset): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const citing = new Map<string, Set<string>>();
  const twins = [...dataset.documents, ...dataset.policies] as AnyRecord[];
  // A name two records share ("related export controls") identifies neither.
  const holders = new Map<string, number>();
  for (const record of twins)
    for (const name of new Set(namesOf(record).map((n) => n.toLowerCase())))
      holders.set(name, (holders.get(name) ?? 0) + 1);
  for (const record of twins) {
    const names = namesOf(record).filter((name) => holders.get(name.toLowerCase()) === 1);
    for (const citation of record.sources) {
      if (!mentions([citation.excerpt], names)) continue;
      const key = `${citation.section}#${citation.paragraph}#${citation.excerpt}`;
      citing.set(key, (citing.get(key) ?? new Set()).add(record.id));
    }
  }
  const documents = new Map(dataset.documents.map((document) => [document.id as string, document]));
  for (const event of dataset.events) {
    const related = new Set<string>(event.related ?? []);
    const shared = new Set<string>();
    for (const citation of event.sources) {
      for (const id of citing.get(`${citation.section}#${citation.paragraph}#${citation.excerpt}`) ?? [])
        shared.add(id);
    }
    for (const id of shared) {
      if (!related.has(id))
        failures.push({
          id: event.id,
          check: 'unlinked-twin',
          message: `cites the same words as ${id} but does not list it in related`,
        });
    }
    if (['speech', 'interview', 'publication'].includes(event.type)) {
      for (const id of related) {
        const document = documents.get(id);
        if (document?.date && document.date.edtf !== event.date.edtf)
          failures.push({
            id: event.id,
            check: 'twin-date-mismatch',
            message: `is dated ${event.date.edtf} but the document it delivers or publishes, ${id}, is dated ${document.date.edtf}`,
          });
      }
    }
    for (const participant of event.participants) {
      const kind = participant.split(':')[0];
      if (kind === KINDS.policy.prefix || kind === KINDS.document.prefix)
        failures.push({
          id: event.id,
          check: 'participant-kind',
          message: `lists ${participant} as a participant; a policy or document it concerns goes in related`,
        });
    }
  }
  return failures;
}

/** Rule (d), for policies: a `targets` relation from a policy is also in the policy's `targets`. */
export function checkPolicyTargets(dataset: Dataset): RuleFailure[] {
  const policies = new Map(dataset.policies.map((policy) => [policy.id as string, policy]));
  const failures: RuleFailure[] = [];
  for (const relation of dataset.relations) {
    const policy = policies.get(relation.subject);
    if (relation.predicate !== 'targets' || !policy) continue;
    if (!(policy.targets as readonly string[] | undefined)?.includes(relation.object))
      failures.push({
        id: policy.id,
        check: 'target-not-listed',
        message: `${relation.id} says it targets ${relation.object}, but its targets do not list it`,
      });
  }
  return failures;
}

/**
 * Rule (h): an organization's country and a person's nationality are stated: an excerpt names the
 * country (or region), an alias of it, or its demonym.
 */
export function checkStatedCountries(dataset: Dataset): RuleFailure[] {
  const byId = new Map<string, AnyRecord>(allRecords(dataset).map((record) => [record.id, record]));
  const failures: RuleFailure[] = [];
  const check = (record: AnyRecord, field: string, country: string | undefined) => {
    if (!country) return;
    const names = namesOf(byId.get(country));
    if (
      !mentions(
        record.sources.map((citation) => citation.excerpt),
        names,
      )
    )
      failures.push({
        id: record.id,
        check: 'country-unstated',
        message: `${field} is ${country}, but no excerpt says so (${names.map((name) => JSON.stringify(name)).join(', ')}); leave it out unless the report states it`,
      });
  };
  for (const organization of dataset.organizations) check(organization, 'country', organization.country);
  for (const person of dataset.people) check(person, 'nationality', person.nationality);
  return failures;
}

/** Every rule check, in one list. */
export function checkRules(dataset: Dataset): RuleFailure[] {
  return [
    ...checkDatePrecision(dataset),
    ...checkDescriptionNumbers(dataset),
    ...checkRelationEnds(dataset),
    ...checkCountsOfLists(dataset),
    ...checkTwins(dataset),
    ...checkPolicyTargets(dataset),
    ...checkStatedCountries(dataset),
  ];
}

/** Removes the waived failures; returns what is left and the waivers that matched nothing. */
export function applyRuleWaivers(
  failures: readonly RuleFailure[],
  waivers: readonly RuleWaiver[],
): { failures: RuleFailure[]; staleWaivers: RuleWaiver[] } {
  const used = new Set<RuleWaiver>();
  const left = failures.filter((failure) => {
    const waiver = waivers.find(
      (candidate) => candidate.id === failure.id && candidate.check === failure.check,
    );
    if (waiver) used.add(waiver);
    return !waiver;
  });
  return { failures: left, staleWaivers: waivers.filter((waiver) => !used.has(waiver)) };
}
