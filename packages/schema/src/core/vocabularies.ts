import { ENTITY_KINDS, type Kind } from './kinds.ts';

/**
 * Closed vocabularies. Adding a value is a minor change (consumers must tolerate new values);
 * removing or renaming one is a major change.
 */

/** How finely a date is known. For an interval: the coarser of its two ends. */
export const DATE_PRECISIONS = ['day', 'month', 'season', 'year', 'decade', 'century'] as const;

/** How finely a date is known. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** What an organization is. */
export const ORGANIZATION_TYPES = [
  'company',
  'government-body',
  'agency',
  'legislature',
  'party-body',
  'military',
  'intelligence-agency',
  'think-tank',
  'research-institute',
  'research-program',
  'university',
  'media-outlet',
  'law-firm',
  'consulting-firm',
  'industry-association',
  'international-organization',
  'investment-fund',
  'other',
] as const;

/** What a policy is. */
export const POLICY_TYPES = [
  'export-control',
  'sanction',
  'entity-listing',
  'industrial-policy',
  'subsidy-program',
  'tax-policy',
  'plan',
  'strategy',
  'campaign',
  'review',
  'antitrust-action',
  'law',
  'regulation',
  'other',
] as const;

/** What a document is. */
export const DOCUMENT_TYPES = [
  'report',
  'speech',
  'article',
  'article-series',
  'analysis',
  'news-report',
  'plan',
  'roadmap',
  'policy-document',
  'regulation',
  'interview',
  'statement',
  'annual-report',
  'other',
] as const;

/** What a technology record describes. */
export const TECHNOLOGY_TYPES = [
  'chip-type',
  'equipment-type',
  'value-chain-segment',
  'process-node',
  'manufacturing-process',
  'material',
  'software',
  'product',
  'application',
  'other',
] as const;

/** What kind of happening an event is. */
export const EVENT_TYPES = [
  'enactment',
  'announcement',
  'speech',
  'publication',
  'interview',
  'sanction',
  'legal-action',
  'settlement',
  'investigation',
  'arrest',
  'meeting',
  'military-action',
  'corporate-action',
  'market-movement',
  'funding',
  'founding',
  'cancellation',
  'other',
] as const;

/**
 * Whether an event happened. `reported`: the report relays it from a source without confirming it;
 * `forecast`: the report or its source expects it; `planned`: announced by the actor for the future.
 */
export const EVENT_STATUSES = ['occurred', 'reported', 'planned', 'forecast'] as const;

/** The currencies figures are given in, as ISO 4217 codes. */
export const CURRENCY_UNITS = ['USD', 'CNY', 'EUR', 'JPY', 'KRW', 'TWD'] as const;

/** A currency of figures, as an ISO 4217 code. */
export type CurrencyUnit = (typeof CURRENCY_UNITS)[number];

/**
 * Units of figures. Currencies are ISO 4217 codes; `value` is always in the unit itself
 * (21 000 000 000 for "$21 billion"), never in the `scale`.
 */
export const UNITS = [
  ...CURRENCY_UNITS,
  'percent',
  'percentage-point',
  'count',
  'nanometer',
  'layer',
  'year',
  'month',
  'week',
  'day',
  'rating',
] as const;

/** The unit of a figure. */
export type Unit = (typeof UNITS)[number];

/**
 * Whether a unit is a currency.
 *
 * ```ts
 * isCurrencyUnit('USD'); // true
 * isCurrencyUnit('percent'); // false
 * ```
 */
export function isCurrencyUnit(unit: unknown): unit is CurrencyUnit {
  return (CURRENCY_UNITS as readonly unknown[]).includes(unit);
}

/** A one-line explanation of every unit, for docs and exports. */
export const UNIT_DESCRIPTIONS: Readonly<Record<Unit, string>> = {
  USD: 'United States dollars (ISO 4217)',
  CNY: 'Chinese yuan renminbi (ISO 4217)',
  EUR: 'Euros (ISO 4217)',
  JPY: 'Japanese yen (ISO 4217)',
  KRW: 'South Korean won (ISO 4217)',
  TWD: 'New Taiwan dollars (ISO 4217)',
  percent: 'Percent (26 means 26%)',
  'percentage-point': 'Difference between two percentages, in points',
  count: 'A number of things (chips, companies, funds, incidents)',
  nanometer: 'Nanometers, as in process node names ("16nm")',
  layer: 'Layers, as in 3D NAND layer counts ("128-layer")',
  year: 'Years, as a duration',
  month: 'Months, as a duration',
  week: 'Weeks, as a duration',
  day: 'Days, as a duration',
  rating: 'A point on a scale the text defines (for example "one to ten")',
};

/**
 * What a figure's value (and each bound of its range) must be, given its unit and, for percent,
 * its metric: one rule per row, the first row that applies wins. Units without a row (currencies,
 * percentage points, ratings, percents that are not shares) take any finite number: money can be
 * a loss, a change can be negative, a growth can exceed 100 percent. The zod schema, the JSON
 * Schema and `validateDataset` all read this table.
 *
 * ```ts
 * valueRuleFor('count', 'fund-count')?.expected; // 'a whole number of at least 0'
 * ```
 */
export const VALUE_RULES: readonly ValueRule[] = [
  {
    units: ['count'],
    integer: true,
    minimum: 0,
    expected: 'a whole number of at least 0',
    why: 'a count of things',
  },
  {
    units: ['layer'],
    integer: true,
    exclusiveMinimum: 0,
    expected: 'a whole number greater than 0',
    why: 'a number of layers',
  },
  {
    units: ['nanometer'],
    exclusiveMinimum: 0,
    expected: 'a number greater than 0',
    why: 'a length in nanometers',
  },
  {
    units: ['year'],
    integer: true,
    exclusiveMinimum: 0,
    expected: 'a whole number greater than 0',
    why: 'a duration in whole years (a fraction of a year is given in months)',
  },
  {
    units: ['month', 'week', 'day'],
    exclusiveMinimum: 0,
    expected: 'a number greater than 0',
    why: 'a duration',
  },
  {
    units: ['percent'],
    metricPattern: '(^|-)(share|rate)(-|$)',
    minimum: 0,
    maximum: 100,
    expected: 'a number from 0 to 100',
    why: 'a share or rate of a whole, in percent',
  },
];

/** One row of {@link VALUE_RULES}. */
export interface ValueRule {
  /** The units the rule applies to. */
  readonly units: readonly Unit[];
  /** For a rule that applies only to some metrics: a pattern the metric slug must match. */
  readonly metricPattern?: string;
  /** Whole numbers only. */
  readonly integer?: boolean;
  /** The smallest allowed value. */
  readonly minimum?: number;
  /** Every value must be greater than this. */
  readonly exclusiveMinimum?: number;
  /** The largest allowed value. */
  readonly maximum?: number;
  /** What the rule expects, in words: "a whole number of at least 0". */
  readonly expected: string;
  /** What a value of the unit is, in words: "a count of things". */
  readonly why: string;
}

/**
 * The rule of {@link VALUE_RULES} a figure's value must follow, or `undefined` when any finite
 * number will do.
 *
 * ```ts
 * valueRuleFor('percent', 'share-of-global-chip-demand')?.maximum; // 100
 * valueRuleFor('percent', 'pay-premium'); // undefined: a premium can exceed 100 percent
 * ```
 */
export function valueRuleFor(unit: string, metric: string): ValueRule | undefined {
  return VALUE_RULES.find(
    (rule) =>
      (rule.units as readonly string[]).includes(unit) &&
      (rule.metricPattern === undefined || new RegExp(rule.metricPattern).test(metric)),
  );
}

/**
 * Whether a value follows a rule of {@link VALUE_RULES}.
 *
 * ```ts
 * followsValueRule(-5, valueRuleFor('count', 'fund-count')); // false
 * ```
 */
export function followsValueRule(value: number, rule: ValueRule | undefined): boolean {
  if (rule === undefined) return Number.isFinite(value);
  if (rule.integer && !Number.isInteger(value)) return false;
  if (rule.minimum !== undefined && value < rule.minimum) return false;
  if (rule.exclusiveMinimum !== undefined && value <= rule.exclusiveMinimum) return false;
  if (rule.maximum !== undefined && value > rule.maximum) return false;
  return Number.isFinite(value);
}

/** The multiplier words a figure was written with, kept for display. */
export const SCALES = ['thousand', 'million', 'billion', 'trillion'] as const;

/** A multiplier word a figure was written with. */
export type Scale = (typeof SCALES)[number];

/** The factor each scale word stands for. */
export const SCALE_FACTORS: Readonly<Record<Scale, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/**
 * How exact the text says a figure is: "more than $50 billion" is `more-than`, "nearly 20 percent"
 * is `nearly`, "roughly 5 percent" and "about 20%" are `about`.
 */
export const QUALIFIERS = [
  'exact',
  'about',
  'more-than',
  'less-than',
  'at-least',
  'at-most',
  'nearly',
  'up-to',
] as const;

/** How exact the text says a figure is. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** A record kind that may stand at one end of a relation. */
type Ends = readonly Kind[];

const ACTORS = ['person', 'organization', 'country', 'region'] as const satisfies Ends;
const BODIES = ['organization', 'country', 'region'] as const satisfies Ends;
const PLACES = ['country', 'region'] as const satisfies Ends;
const INSTRUMENTS = ['policy', 'document'] as const satisfies Ends;
const ANY_ENTITY = ENTITY_KINDS;

/** What one end of a relation must be. */
export interface PredicateSpec {
  /** Kinds allowed as the subject. */
  readonly subject: readonly Kind[];
  /** Kinds allowed as the object. */
  readonly object: readonly Kind[];
  /** The predicate read as English: "<subject> <description> <object>". */
  readonly description: string;
}

/**
 * Relation predicates, each with the kinds allowed as subject and object and what it means.
 * `validateDataset` rejects a relation whose ends are of other kinds.
 */
export const PREDICATES = {
  'member-of': { subject: ACTORS, object: BODIES, description: 'is a member of' },
  'leader-of': { subject: ['person'], object: BODIES, description: 'leads or heads' },
  'part-of': {
    subject: ['organization', 'region', 'country'],
    object: BODIES,
    description: 'is a unit or part of',
  },
  'subsidiary-of': { subject: ['organization'], object: ['organization'], description: 'is owned by' },
  'affiliated-with': { subject: ACTORS, object: BODIES, description: 'is affiliated with' },
  'customer-of': { subject: BODIES, object: BODIES, description: 'buys from' },
  'supplier-of': { subject: BODIES, object: BODIES, description: 'sells to' },
  'competitor-of': { subject: BODIES, object: BODIES, description: 'competes with' },
  'ally-of': { subject: BODIES, object: BODIES, description: 'is allied or aligned with' },
  'headquartered-in': { subject: ['organization'], object: PLACES, description: 'has its headquarters in' },
  'operates-in': {
    subject: ['organization'],
    object: PLACES,
    description: 'has facilities or operations in',
  },
  issued: { subject: ACTORS, object: INSTRUMENTS, description: 'issued, enacted or published' },
  targets: { subject: [...INSTRUMENTS, ...BODIES], object: ANY_ENTITY, description: 'is aimed at' },
  joined: { subject: BODIES, object: ['policy', 'organization'], description: 'joined or adopted' },
  funds: { subject: ACTORS, object: [...BODIES, 'technology', 'policy'], description: 'provides money to' },
  'invests-in': { subject: BODIES, object: [...BODIES, 'technology'], description: 'invests in' },
  produces: { subject: BODIES, object: ['technology'], description: 'makes or supplies' },
  develops: { subject: BODIES, object: ['technology'], description: 'is developing' },
  'depends-on': { subject: BODIES, object: [...BODIES, 'technology'], description: 'depends on' },
  regulates: { subject: BODIES, object: [...BODIES, 'technology'], description: 'regulates or reviews' },
  'retaliates-against': { subject: BODIES, object: BODIES, description: 'retaliates against' },
  pressures: { subject: ACTORS, object: ACTORS, description: 'puts pressure on' },
  'stole-from': { subject: ACTORS, object: BODIES, description: 'took technology or knowledge from' },
  'recruits-from': { subject: BODIES, object: BODIES, description: 'recruits talent from' },
  analyzes: { subject: ACTORS, object: ANY_ENTITY, description: 'analyzes or writes about' },
  advocates: {
    subject: ACTORS,
    object: ['concept', 'policy', 'objective', 'tactic'],
    description: 'advocates',
  },
  pursues: { subject: ACTORS, object: ['concept', 'policy', 'objective', 'tactic'], description: 'pursues' },
  implements: {
    subject: [...INSTRUMENTS, ...BODIES],
    object: [...INSTRUMENTS, 'objective', 'concept'],
    description: 'implements or carries out',
  },
  'successor-of': {
    subject: [...INSTRUMENTS, 'organization'],
    object: [...INSTRUMENTS, 'organization'],
    description: 'renews or succeeds',
  },
  'instance-of': {
    subject: ANY_ENTITY,
    object: ['concept', 'technology', 'tactic', 'objective'],
    description: 'is an example of',
  },
} as const satisfies Record<string, PredicateSpec>;

/** A relation predicate, such as `'customer-of'`. */
export type Predicate = keyof typeof PREDICATES;

/** Every predicate name. */
export const PREDICATE_NAMES = Object.keys(PREDICATES) as [Predicate, ...Predicate[]];
