import { z } from 'zod';
import { SLUG_PATTERN } from '../core/ids.ts';
import { ENTITY_KINDS, KIND_NAMES, type Kind } from '../core/kinds.ts';
import {
  DOCUMENT_TYPES,
  EVENT_STATUSES,
  EVENT_TYPES,
  followsValueRule,
  ORGANIZATION_TYPES,
  POLICY_TYPES,
  PREDICATE_NAMES,
  QUALIFIERS,
  SCALES,
  TECHNOLOGY_TYPES,
  UNITS,
  valueRuleFor,
} from '../core/vocabularies.ts';
import { idSchema, ref } from '../internal/reference-registry.ts';
import { DateInputSchema, DateSchema } from './dates.ts';

/** A slug, as used in tags, metrics and sections. */
export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'expected a slug: lower-case letters and digits joined by single hyphens');

/** The longest excerpt a citation may quote, in characters. */
export const MAX_EXCERPT_LENGTH = 300;

/**
 * Where a fact stands in a source document, with the words that prove it.
 * Paragraphs are counted within a section, from 1, over every block of text in order
 * (paragraphs, list items, block quotations); headings and images are not counted.
 */
export const CitationSchema = z
  .strictObject({
    /** The cited document: a `document` record of the dataset (the report is `doc:<slug>` too). */
    document: ref('document'),
    /** The section of the document, as a slug: `introduction`, `section-1`, …, `conclusion`. */
    section: SlugSchema,
    /** The paragraph within the section, counted from 1. */
    paragraph: z.number().int().min(1),
    /** A verbatim excerpt of that paragraph that contains the fact, at most 300 characters. */
    excerpt: z.string().min(1).max(MAX_EXCERPT_LENGTH),
  })
  .meta({
    id: 'Citation',
    description: 'Where a fact stands in a source document, with a verbatim excerpt that contains it.',
  });

/** A citation of a source document. */
export interface Citation extends z.infer<typeof CitationSchema> {}

/** A subsection of a document's section: its heading and the paragraphs under it. */
export const SubsectionSchema = z
  .strictObject({
    /** The subsection's heading, as the document prints it. */
    title: z.string().min(1),
    /** The first paragraph under the heading, counted within the section from 1. */
    from: z.number().int().min(1),
    /** The last paragraph under the heading (inclusive). */
    to: z.number().int().min(1),
  })
  .meta({
    id: 'Subsection',
    description: 'A subsection of a section: its heading and the paragraphs under it.',
  });

/** A section of a document's outline: the slug citations use, its heading, its paragraphs and subsections. */
export const SectionSchema = z
  .strictObject({
    /** The slug citations use for the section: `introduction`, `section-1`, `conclusion`. */
    section: SlugSchema,
    /** The section's heading, as the document prints it; absent for a part without one (the lede). */
    title: z.string().min(1).optional(),
    /** How many paragraphs the section has, counted as citations count them. */
    paragraphs: z.number().int().min(1),
    /** The headed subsections within the section, in order. */
    subsections: z.array(SubsectionSchema).optional(),
  })
  .meta({
    id: 'Section',
    description:
      "A section of a document's outline: the slug citations use, its heading, its paragraphs and subsections.",
  });

/** A section of a document's outline. */
export interface Section extends z.infer<typeof SectionSchema> {}

function common<K extends Kind>(kind: K) {
  return {
    /** The record's id, `<prefix>:<slug>`; stable across versions (see VERSIONING.md). */
    id: idSchema(kind),
    /** The record's kind; always equal to the kind its id prefix stands for. */
    kind: z.literal(kind),
    /**
     * A short neutral description, in the dataset's words, of what the source says. Every fact it
     * states is in one of the record's excerpts, with the text's hedges ("generally", "effectively",
     * "reportedly", "many") kept.
     */
    description: z.string().min(1).optional(),
    /** Free tags for grouping, as slugs. */
    tags: z.array(SlugSchema).optional(),
    /** The citations that prove the record: at least one, each with a verbatim excerpt. */
    sources: z.array(CitationSchema).min(1),
  };
}

function entity<K extends Kind>(kind: K) {
  return {
    ...common(kind),
    /** The name the source uses for the entity, in full. */
    name: z.string().min(1),
    /**
     * Other names the source also uses for the same entity, verbatim: abbreviations ("CSIS"),
     * nicknames ("Big Fund"), translations, and the phrases it refers to it by ("senior leaders in
     * China"). An adjective ("Chinese") is not an alias.
     */
    aliases: z.array(z.string().min(1)).optional(),
  };
}

function statement<K extends Kind>(kind: K) {
  return {
    ...common(kind),
    /** A one-line human label for the statement. */
    label: z.string().min(1),
  };
}

/** The refinement context of a figure. */
type FigureContext = z.core.$RefinementCtx<{
  unit: string;
  metric: string;
  value?: number | undefined;
  range?: { min: number; max: number } | undefined;
}>;

/**
 * Checks a figure's value and range bounds against the rule of its unit (`VALUE_RULES`), and that
 * a range's bounds are ordered. Messages are predicates: the issue's path is put before them.
 */
function checkFigureValues(
  figure: {
    unit: string;
    metric: string;
    value?: number | undefined;
    range?: { min: number; max: number } | undefined;
  },
  ctx: FigureContext,
): void {
  const rule = valueRuleFor(figure.unit, figure.metric);
  const check = (value: number, path: (string | number)[]) => {
    if (rule && !followsValueRule(value, rule)) {
      const which = rule.metricPattern
        ? `unit ${figure.unit} with metric ${figure.metric}`
        : `unit ${figure.unit}`;
      ctx.addIssue({
        code: 'custom',
        path,
        input: value,
        message: `does not fit ${which} (${rule.why}); expected ${rule.expected}, received ${value}`,
        params: { code: 'unit-value', predicate: true },
      });
    }
  };
  if (figure.value !== undefined) check(figure.value, ['value']);
  if (figure.range) {
    check(figure.range.min, ['range', 'min']);
    check(figure.range.max, ['range', 'max']);
    if (figure.range.min > figure.range.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['range', 'max'],
        input: figure.range.max,
        message: `is less than range.min; expected a number of at least ${figure.range.min}, received ${figure.range.max}`,
        params: { code: 'invalid-range', predicate: true },
      });
    }
  }
}

const PERSON_OR_BODY = ['person', 'organization', 'country', 'region'] as const;
const ANY_KIND = KIND_NAMES;
const ENTITY_REF = ENTITY_KINDS;

/**
 * Builds every record schema around one date schema, so that the authoring form (dates as EDTF
 * strings) and the published form (dates with derived bounds) are the same model and cannot drift:
 * `z.output` of the authoring schemas equals the published types.
 */
function defineRecordSchemas<D extends z.ZodType>(date: D) {
  /** A country, or a territory with an ISO 3166-1 code (Taiwan is `country:tw`). */
  const country = z
    .strictObject({
      ...entity('country'),
      /** The ISO 3166-1 alpha-2 code (upper case) where one exists; the id slug is its lower case. */
      iso3166: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
    })
    .describe(
      'A country or territory. The id slug is the ISO 3166-1 alpha-2 code in lower case, where one exists.',
    );

  /** A region or group of countries that is not one state, such as Europe. */
  const region = z
    .strictObject({
      ...entity('region'),
      /** Countries the source counts in the region, when it says; never from general knowledge. */
      members: z.array(ref('country')).optional(),
    })
    .describe('A region or group of countries that the source treats as one place, such as Europe.');

  /** An organization: company, government body, agency, think tank, fund, … */
  const organization = z
    .strictObject({
      ...entity('organization'),
      /**
       * What kind of organization it is, as the source says ("the law firm Skadden"), as its name
       * says with a common noun of that kind ("Central Intelligence Agency", "Ministry of Science and
       * Technology"), or as the source shows by what it does ("a January news report from
       * Bloomberg"). Never guessed from a name that does not say it: then `other`.
       */
      type: z.enum(ORGANIZATION_TYPES),
      /**
       * The country (or region) it belongs to or is based in, when the source says so ("U.S. memory
       * chip producer Micron", "China's YMTC") or its own words make it plain; left out when only the
       * name or general knowledge suggests it.
       */
      country: ref('country', 'region').optional(),
    })
    .describe(
      'An organization: a company, government body, agency, legislature, think tank, fund, and so on.',
    );

  /** A role a person holds, at an organization or for a country. */
  const affiliation = z.strictObject({
    /** The organization or country the role is held in, as the source names it. */
    organization: ref('organization', 'country', 'region').optional(),
    /** The role as the source gives it: "General Secretary", "Chief Financial Officer". */
    role: z.string().min(1),
    /** When the source places the role, if it does ("then the Deputy Secretary-General" in 2018-11). */
    period: date.optional(),
  });

  /** A person the source names or describes. */
  const person = z
    .strictObject({
      ...entity('person'),
      /** The person's country, when the source says ("Chinese Foreign Minister Qin Gang"). */
      nationality: ref('country').optional(),
      /** Roles the source gives the person. */
      affiliations: z.array(affiliation).optional(),
    })
    .describe('A person named in the source, with the roles it gives them.');

  /** A policy: an export control, a sanction, a subsidy program, a plan, a review, … */
  const policy = z
    .strictObject({
      ...entity('policy'),
      /** What kind of policy it is, as the source says or shows; `other` when it does not. */
      type: z.enum(POLICY_TYPES),
      /**
       * Who issued, enacted, adopted or imposed it: the governments, bodies or persons the source
       * names as its authors. Not who implements, supports or is subject to it.
       */
      issuers: z.array(ref(...PERSON_OR_BODY)).optional(),
      /**
       * What it is aimed at, as the source says: the countries, organizations or industries whose
       * access, conduct or capability it is meant to restrict or promote, and the technologies whose
       * trade or development it restricts or promotes. Not where it applies or whom it reaches on the
       * way (the foreign direct product rule covers Taiwan and Korea, through U.S. software and
       * equipment, but is aimed at China), nor what the source credits only to a combination of
       * policies. A `targets` relation from a policy is also listed here.
       */
      targets: z.array(ref(...ENTITY_REF)).optional(),
      /**
       * When it was adopted, announced or took effect (an interval for a period it covers). An
       * enactment event records the act itself and lists the policy in its `related`.
       */
      date: date.optional(),
      /** Figures that define its thresholds, such as "16nm logic" for the October 7 controls. */
      thresholds: z.array(ref('figure')).optional(),
    })
    .describe('A policy, with its issuers, targets, date and thresholds.');

  /** A document: a report, speech, article, plan, regulation, interview, … */
  const document = z
    .strictObject({
      ...entity('document'),
      /** What kind of document it is, as the source says ("a speech", "an analysis"). */
      type: z.enum(DOCUMENT_TYPES),
      /**
       * Who wrote or spoke it, as the source names them: the speaker of a speech, the person
       * interviewed in an interview, the body a report is by. Not the people it is about.
       */
      authors: z.array(ref(...PERSON_OR_BODY)).optional(),
      /** The organization that published or broadcast it, when the source names one. */
      publisher: ref('organization', 'country').optional(),
      /**
       * When it was published or delivered. When its delivery or publication is also an event, the
       * event lists the document in `related` and has the same date.
       */
      date: date.optional(),
      /**
       * Its outline, when the dataset cites it by section and paragraph: every section in order,
       * with the heading the document prints and the subsections under it. Citations of the
       * document must name one of these sections and a paragraph it has.
       */
      sections: z.array(SectionSchema).optional(),
    })
    .describe('A document: a report, speech, article, plan, regulation, interview, and so on.');

  /** A technology: a chip type, an equipment type, a value-chain segment, a process node, … */
  const technology = z
    .strictObject({
      ...entity('technology'),
      /** What kind of technology it is, as the source says or shows; `other` when it does not. */
      type: z.enum(TECHNOLOGY_TYPES),
      /** The broader technology it is a kind of, when the source makes it plain (NAND is a kind of memory chip). */
      broader: ref('technology').optional(),
    })
    .describe(
      'A technology: a chip type, equipment type, value-chain segment, process node, material or software.',
    );

  /** An idea the report argues with, such as export discipline or chokepoints. */
  const concept = z
    .strictObject({ ...entity('concept') })
    .describe(
      'An idea the source argues with (export discipline, chokepoints, crony capitalism). A kind of its own because these are neither things nor policies, yet facts attach to them.',
    );

  /** One of the strategic objectives the report lists, in its order. */
  const objective = z
    .strictObject({
      ...entity('objective'),
      /** Its position in the source's list, from 1. */
      order: z.number().int().min(1),
      /** Whose objective it is, as the source says ("China is pursuing four strategic objectives"). */
      actor: ref('country', 'organization').optional(),
    })
    .describe(
      "A strategic objective the source lists (Section 3's four). A kind of its own so that the list keeps its order and facts can cite it.",
    );

  /** One of the tactics the report lists, in its order. */
  const tactic = z
    .strictObject({
      ...entity('tactic'),
      /** Its position in the source's list, from 1. */
      order: z.number().int().min(1),
      /** Whose tactic it is, as the source says ("five major tactics that China is employing"). */
      actor: ref('country', 'organization').optional(),
      /** The objectives it serves, when the source says. */
      serves: z.array(ref('objective')).optional(),
    })
    .describe("A tactic the source lists (Section 4's five), in order.");

  /** A dated happening, including forecasts the report makes. */
  const event = z
    .strictObject({
      ...statement('event'),
      /** What kind of happening it is; `other` when none of the types fits what the source says. */
      type: z.enum(EVENT_TYPES),
      /** Whether it happened, is reported, planned or forecast. */
      status: z.enum(EVENT_STATUSES),
      /**
       * When it happened or is expected, as EDTF: no more precise than the words of the source, and
       * using every bound they give; a date worked out from other words says how in `relative`.
       */
      date,
      /**
       * Who took part: the actors that did what the event describes, and the things it was done to
       * (the company sanctioned, the country pressured, the equipment stockpiled). Never a policy or
       * a document: the policy enacted and the document published go in `related`.
       */
      participants: z.array(ref(...ENTITY_REF)).min(1),
      /**
       * Other records it concerns: the policy it enacted or applied, the document it published or
       * delivered, the quotes said at it, the figures that measure it, the events it led from or to,
       * and entities it is about without their taking part. Each keeps its own excerpts.
       */
      related: z.array(ref(...ANY_KIND)).optional(),
      /** Where it happened, when the source says or makes it plain (not where its participants are based). */
      location: ref('country', 'region').optional(),
    })
    .describe('A dated happening, with its participants and related records; forecasts included.');

  /** A lower and upper bound; for "tens of billions", 10 billion to 100 billion. */
  const range = z.strictObject({
    /** The lower bound, in the unit. */
    min: z.number(),
    /** The upper bound, in the unit. */
    max: z.number(),
  });

  /** A quantity the source states. */
  const figure = z
    .strictObject({
      ...statement('figure'),
      /** A slug that groups comparable figures: all "share of global chip demand" figures share one. */
      metric: SlugSchema,
      /** The value in the unit itself, never scaled: 21000000000 for "$21 billion". Exactly one of value or range. */
      value: z.number().optional(),
      /** The bounds, when the source gives a range or an order of magnitude. Exactly one of value or range. */
      range: range.optional(),
      /**
       * The unit, from a closed vocabulary: six ISO 4217 currency codes (USD, CNY, EUR, JPY, KRW,
       * TWD), percent, percentage-point, count, nanometer, layer, the durations year, month, week
       * and day, and rating. The value must fit it (see `VALUE_RULES`: counts are whole numbers of
       * at least 0, shares 0 to 100 percent, …).
       */
      unit: z.enum(UNITS),
      /** The scale word the source wrote ("billion"), for display; the value is already multiplied out. */
      scale: z.enum(SCALES).optional(),
      /** How exact the source says the figure is. */
      qualifier: z.enum(QUALIFIERS),
      /** The figure exactly as written in the source: "$21 billion", "more than 60 percent". */
      asWritten: z.string().min(1),
      /** The time the figure describes (the year of the data, the span of a duration), when the source gives one. */
      period: date.optional(),
      /**
       * What the figure is a quantity of: the entities or the event it measures (China for China's
       * share of demand, the policy for its threshold). Not who states it: that is `attributedTo`.
       */
      subjects: z.array(ref(...ENTITY_REF, 'event')).min(1),
      /**
       * Who states the number: the report itself (its document id) when it speaks in its own voice
       * or relays an unnamed source; otherwise the person, body or document the report cites for it
       * ("according to 2019 data from the Semiconductor Industry Association").
       */
      attributedTo: z.array(ref(...PERSON_OR_BODY, 'document')).min(1),
      /** Figures stating the same quantity in another unit (yuan and dollars); each must link back. */
      equivalents: z.array(ref('figure')).optional(),
    })
    .superRefine(checkFigureValues)
    .describe('A quantity the source states, with unit, qualifier, period, subjects and attribution.');

  /** Who spoke: a record, or a description when the source does not name them. */
  const speaker = z
    .strictObject({
      /** The speaker's record, when the source names them. */
      id: ref(...PERSON_OR_BODY).optional(),
      /** The speaker as the source describes them: "a senior U.S. government official". */
      description: z.string().min(1).optional(),
      /** The organization or country of an unnamed speaker, when the source says. */
      affiliation: ref('organization', 'country', 'region').optional(),
    })
    .refine((value) => value.id !== undefined || value.description !== undefined, {
      message: 'a speaker needs an id or a description',
      params: { code: 'speaker-unidentified' },
    });

  /** Words the source quotes, verbatim, with who said them. */
  const quote = z
    .strictObject({
      ...statement('quote'),
      /** The quoted words exactly as the source prints them (ellipses included). */
      text: z.string().min(1),
      /** Who said or wrote them. */
      speaker,
      /** Whom they were said to, when the source says (CSIS, for what an official "told CSIS"). */
      addressees: z.array(ref(...PERSON_OR_BODY)).optional(),
      /** When they were said, when the source says. */
      date: date.optional(),
      /** The occasion in words: "speech at the 13th National People's Congress Standing Committee". */
      occasion: z.string().min(1).optional(),
      /** The records of the occasion: the document the words come from and the event of its delivery, when they exist. */
      occasionRefs: z.array(ref('document', 'event')).optional(),
    })
    .describe('A quotation, verbatim, with its speaker (named or described) and occasion.');

  /** A relation the source states between two records. */
  const relation = z
    .strictObject({
      ...common('relation'),
      /** A one-line human label; optional, since subject, predicate and object say it. */
      label: z.string().min(1).optional(),
      /**
       * The record the relation starts from: the actor or thing the source says does or is what the
       * predicate says, as the source names it ("China's leaders" is `org:chinese-leadership`, not
       * `country:cn`; "Chinese talent poaching" is `country:cn`, not the firms it helped).
       */
      subject: ref(...ENTITY_REF),
      /** What the relation is, from a closed vocabulary; each predicate limits the kinds at its ends. */
      predicate: z.enum(PREDICATE_NAMES),
      /** The record the relation points to. */
      object: ref(...ENTITY_REF),
      /** When the relation held, when the source says; no more precise than its words. */
      period: date.optional(),
    })
    .describe('A relation the source states: subject, predicate, object, and when.');

  return {
    country,
    region,
    organization,
    person,
    policy,
    document,
    technology,
    concept,
    objective,
    tactic,
    event,
    figure,
    quote,
    relation,
  } satisfies Record<Kind, z.ZodType>;
}

type RecordSchemaMap = ReturnType<typeof defineRecordSchemas<typeof DateSchema>>;

/**
 * The published record schemas, one per kind: dates carry their derived bounds. Each is registered
 * under its type name (`Figure`, …) so the JSON Schema export shares one definition per kind.
 */
export const RecordSchemas = Object.fromEntries(
  Object.entries(defineRecordSchemas(DateSchema)).map(([kind, schema]) => [
    kind,
    schema.meta({ id: `${kind[0]?.toUpperCase()}${kind.slice(1)}` }),
  ]),
) as RecordSchemaMap;

/**
 * The authoring record schemas, one per kind: what a curator writes. Dates are EDTF strings (or
 * `{ edtf, relative }`), and parsing derives the published form.
 */
export const RecordInputSchemas = defineRecordSchemas(DateInputSchema);

/** The published schema of a country. */
export const CountrySchema = RecordSchemas.country;
/** The published schema of a region. */
export const RegionSchema = RecordSchemas.region;
/** The published schema of an organization. */
export const OrganizationSchema = RecordSchemas.organization;
/** The published schema of a person. */
export const PersonSchema = RecordSchemas.person;
/** The published schema of a policy. */
export const PolicySchema = RecordSchemas.policy;
/** The published schema of a document. */
export const DocumentSchema = RecordSchemas.document;
/** The published schema of a technology. */
export const TechnologySchema = RecordSchemas.technology;
/** The published schema of a concept. */
export const ConceptSchema = RecordSchemas.concept;
/** The published schema of a strategic objective. */
export const ObjectiveSchema = RecordSchemas.objective;
/** The published schema of a tactic. */
export const TacticSchema = RecordSchemas.tactic;
/** The published schema of an event. */
export const EventSchema = RecordSchemas.event;
/** The published schema of a figure. */
export const FigureSchema = RecordSchemas.figure;
/** The published schema of a quotation. */
export const QuoteSchema = RecordSchemas.quote;
/** The published schema of a relation. */
export const RelationSchema = RecordSchemas.relation;

/** A country or territory; its id slug is the ISO 3166-1 alpha-2 code in lower case where one exists. */
export interface Country extends z.infer<typeof CountrySchema> {}
/** A region or group of countries that the report treats as one place, such as Europe. */
export interface Region extends z.infer<typeof RegionSchema> {}
/** An organization: a company, government body, agency, legislature, think tank, fund, and so on. */
export interface Organization extends z.infer<typeof OrganizationSchema> {}
/** A person named in the report, with the roles it gives them (`affiliations`). */
export interface Person extends z.infer<typeof PersonSchema> {}
/** A role a person holds. */
export type Affiliation = NonNullable<Person['affiliations']>[number];
/** A policy (an export control, subsidy, plan, law …), with its issuers, targets, date and thresholds. */
export interface Policy extends z.infer<typeof PolicySchema> {}
/** A document: a report, speech, article, plan, regulation, interview, and so on. */
export interface DocumentRecord extends z.infer<typeof DocumentSchema> {}
/** A technology: a chip type, equipment type, value-chain segment, process node, material or software. */
export interface Technology extends z.infer<typeof TechnologySchema> {}
/** An idea the report argues with (export discipline, chokepoints, crony capitalism) that facts attach to. */
export interface Concept extends z.infer<typeof ConceptSchema> {}
/** One of the four strategic objectives the report lists in Section 3, in its order. */
export interface Objective extends z.infer<typeof ObjectiveSchema> {}
/** One of the five tactics the report lists in Section 4, in its order. */
export interface Tactic extends z.infer<typeof TacticSchema> {}
/** A dated happening, with its participants and related records; forecasts and plans included (`status`). */
export interface Event extends z.infer<typeof EventSchema> {}
/** A quantity the report states, with unit, scale, qualifier ("more than", "nearly" …), period, subjects and attribution. */
export interface Figure extends z.infer<typeof FigureSchema> {}
/** A quotation, verbatim, with its speaker (named or described) and occasion. */
export interface Quote extends z.infer<typeof QuoteSchema> {}
/** Who spoke a quotation. */
export type Speaker = Quote['speaker'];
/** A relation the report states between two records: subject, predicate, object, and when. */
export interface Relation extends z.infer<typeof RelationSchema> {}

/** The published record type of each kind. */
export interface RecordOfKind {
  country: Country;
  region: Region;
  organization: Organization;
  person: Person;
  policy: Policy;
  document: DocumentRecord;
  technology: Technology;
  concept: Concept;
  objective: Objective;
  tactic: Tactic;
  event: Event;
  figure: Figure;
  quote: Quote;
  relation: Relation;
}

/** Any published record. */
export type AnyRecord = RecordOfKind[Kind];

/** The authoring (input) type of each kind: dates as EDTF strings. */
export type RecordInputOfKind = { [K in Kind]: z.input<(typeof RecordInputSchemas)[K]> };
