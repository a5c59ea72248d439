import { z } from 'zod';
import { VALUE_RULES, type ValueRule } from '../core/vocabularies.ts';
import { DatasetSchema } from './dataset.ts';

/** Where the generated JSON Schema of a dataset says it lives. */
export const DATASET_JSON_SCHEMA_ID = 'https://unpkg.com/@chipwar/schema/schema.json';

/** A rule of VALUE_RULES as the JSON Schema of one number. */
function numberSchema(rule: ValueRule): Record<string, unknown> {
  return {
    type: rule.integer ? 'integer' : 'number',
    ...(rule.minimum !== undefined ? { minimum: rule.minimum } : {}),
    ...(rule.exclusiveMinimum !== undefined ? { exclusiveMinimum: rule.exclusiveMinimum } : {}),
    ...(rule.maximum !== undefined ? { maximum: rule.maximum } : {}),
  };
}

/**
 * The unit rules of a figure (`VALUE_RULES`) as JSON Schema: one `if`/`then` per rule, on the unit
 * (and the metric, for rules that name a pattern), constraining `value` and both bounds of
 * `range`. Rules are tried in order and the first that applies wins, so each `if` also excludes
 * the earlier rules' conditions.
 */
function valueRuleSchemas(): Record<string, unknown>[] {
  // Types everywhere, so that the schema compiles under Ajv's strict mode.
  const condition = (rule: ValueRule) => ({
    type: 'object',
    properties: {
      unit: { type: 'string', enum: [...rule.units] },
      ...(rule.metricPattern ? { metric: { type: 'string', pattern: rule.metricPattern } } : {}),
    },
    required: rule.metricPattern ? ['unit', 'metric'] : ['unit'],
  });
  return VALUE_RULES.map((rule, index) => {
    const earlier = VALUE_RULES.slice(0, index).map(condition);
    const number = numberSchema(rule);
    return {
      if: earlier.length ? { allOf: [condition(rule), { not: { anyOf: earlier } }] } : condition(rule),
      // biome-ignore lint/suspicious/noThenProperty: the `then` keyword of JSON Schema's if/then.
      then: {
        type: 'object',
        properties: { value: number, range: { type: 'object', properties: { min: number, max: number } } },
      },
    };
  });
}

/**
 * The JSON Schema (draft 2020-12) of a dataset, generated from the zod schemas. It checks the shape
 * of every record and each figure's value and range bounds against the rule of its unit
 * (`VALUE_RULES`: whole non-negative counts, positive lengths and durations, shares from 0 to
 * 100). What it cannot express is `validateDataset`'s alone: that a range's min is at most its max
 * (JSON Schema cannot compare two values), references, id uniqueness, and dates agreeing with
 * their EDTF. Shipped as `@chipwar/schema/schema.json`.
 *
 * ```ts
 * const schema = datasetJsonSchema();
 * new Ajv2020().compile(schema)(json);
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  const figure = (rest.$defs as Record<string, Record<string, unknown>> | undefined)?.Figure;
  if (!figure) throw new Error('datasetJsonSchema: the Figure definition is missing');
  figure.allOf = valueRuleSchemas();
  return {
    $schema,
    $id: DATASET_JSON_SCHEMA_ID,
    title: 'chipwar dataset',
    ...rest,
  };
}
