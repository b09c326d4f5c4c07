/**
 * A small schema of what a deck module writes (a layout's fields, the deck's meta, sections and
 * spoken forms), checked at build time as the types would check it: a missing field, a wrong type,
 * a value a layout does not take, a misspelt field. `npm run build` and `npm run dev` do not
 * typecheck, so without this a slide missing a field crashed the renderer instead of being named.
 *
 * Each schema is written once, beside the type it describes, and typed against it with ShapeOf
 * and FieldsOf: a field added to a type without its schema, or the other way round, does not compile.
 */
import type { Script, Text } from './types.ts';

interface ShapeBase {
  /** Whether the field may be left out; see optional(). */
  readonly optional: boolean;
}
export interface StringShape extends ShapeBase {
  readonly kind: 'string';
}
export interface TextShape extends ShapeBase {
  readonly kind: 'text';
}
export interface ScriptShape extends ShapeBase {
  readonly kind: 'script';
}
export interface NumberShape extends ShapeBase {
  readonly kind: 'number';
}
export interface RegExpShape extends ShapeBase {
  readonly kind: 'regexp';
}
export interface LiteralShape<V extends string = string> extends ShapeBase {
  readonly kind: 'literal';
  readonly values: readonly V[];
}
export interface ListShape<S = Shape> extends ShapeBase {
  readonly kind: 'list';
  readonly of: S;
}
/**
 * A list of a fixed length, each place its own schema; trailing places marked optional may be left
 * out. Typed loosely (not place by place), which keeps the compiler's work on ShapeOf small.
 */
export interface TupleShape extends ShapeBase {
  readonly kind: 'tuple';
  readonly of: readonly Shape[];
  /** What each item is, for messages: ['written', 'spoken']. */
  readonly names: readonly string[];
}
export interface FunctionShape extends ShapeBase {
  readonly kind: 'function';
}
/** A value any one of the schemas takes: a string or a function. */
export interface AnyOfShape extends ShapeBase {
  readonly kind: 'any-of';
  readonly options: readonly Shape[];
}
/** What an object does with a field its schema does not name. */
export type ExtraFields =
  /** Refused: an object of the engine's own, e.g. a quote's attribution. */
  | 'refuse'
  /** Refused only when it looks like a misspelling of a known field: the deck may add fields of its own. */
  | 'misspelt';
export interface ObjectShape<F = Fields> extends ShapeBase {
  readonly kind: 'object';
  readonly fields: F;
  readonly extra: ExtraFields;
}
/** One of several objects, told apart by which field each has: `{ svg }` or `{ image }`. */
export interface EitherShape extends ShapeBase {
  readonly kind: 'either';
  readonly options: readonly ObjectShape[];
}

export type Shape =
  | StringShape
  | TextShape
  | ScriptShape
  | NumberShape
  | RegExpShape
  | LiteralShape
  | ListShape
  | TupleShape
  | FunctionShape
  | AnyOfShape
  | ObjectShape
  | EitherShape;

export type Fields = { readonly [field: string]: Shape };

/** A field that must be there. */
export type Required<S> = S & { readonly optional: false };
/** A field that may be left out. */
export type Optional<S> = S & { readonly optional: true };

/** Two types are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** A union of more than one member. */
type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;

type AnyFunction = (...args: never[]) => unknown;

/** The schema a value of type T needs. */
export type ShapeOf<T> =
  Same<T, Text> extends true
    ? TextShape
    : Same<T, Script> extends true
      ? ScriptShape
      : [T] extends [RegExp]
        ? RegExpShape
        : [T] extends [string]
          ? string extends T
            ? StringShape
            : LiteralShape<T>
          : [T] extends [number]
            ? NumberShape
            : [T] extends [AnyFunction]
              ? FunctionShape
              : [T] extends [string | AnyFunction]
                ? AnyOfShape
                : [T] extends [readonly unknown[]]
                  ? number extends T['length']
                    ? ListShape<ShapeOf<T[number]>>
                    : TupleShape
                  : true extends IsUnion<T>
                    ? EitherShape
                    : [T] extends [object]
                      ? ObjectShape<FieldsOf<T>>
                      : never;

/** The schema of each field of T: optional fields marked optional, every field named. */
export type FieldsOf<T> = {
  readonly [K in keyof T]-?: Partial<Pick<T, K>> extends Pick<T, K>
    ? Optional<ShapeOf<Exclude<T[K], undefined>>>
    : Required<ShapeOf<T[K]>>;
};

export const string = (): Required<StringShape> => ({ kind: 'string', optional: false });
/** Slide text: a string, or runs of strings and `{ em }` / `{ strong }`. */
export const text = (): Required<TextShape> => ({ kind: 'text', optional: false });
/** A spoken script: a string, or a list of strings (one part per fragment step, plus one). */
export const script = (): Required<ScriptShape> => ({ kind: 'script', optional: false });
export const number = (): Required<NumberShape> => ({ kind: 'number', optional: false });
export const regexp = (): Required<RegExpShape> => ({ kind: 'regexp', optional: false });
export const literal = <const V extends string>(...values: V[]): Required<LiteralShape<V>> => ({
  kind: 'literal',
  values,
  optional: false,
});
export const list = <S extends Shape>(of: S): Required<ListShape<S>> => ({ kind: 'list', of, optional: false });
/** A fixed-length list: `tuple([regexp(), string()], ['written', 'spoken'])`; optional places last. */
export const tuple = (of: readonly Shape[], names: readonly string[]): Required<TupleShape> => ({
  kind: 'tuple',
  of,
  names,
  optional: false,
});
export const func = (): Required<FunctionShape> => ({ kind: 'function', optional: false });
export const anyOf = (...options: Shape[]): Required<AnyOfShape> => ({ kind: 'any-of', options, optional: false });
export const object = <F extends Fields>(fields: F, extra: ExtraFields = 'refuse'): Required<ObjectShape<F>> => ({
  kind: 'object',
  fields,
  extra,
  optional: false,
});
export const either = (...options: ObjectShape[]): Required<EitherShape> => ({
  kind: 'either',
  options,
  optional: false,
});
export const optional = <S extends Shape>(shape: Required<S>): Optional<S> =>
  ({ ...shape, optional: true }) as Optional<S>;

/** Records one problem: what is wrong, and how to fix it. */
export type ShapeReport = (problem: string, fix: string) => void;

export interface ShapeContext {
  /** What kind of thing has these fields, for messages: "a quote slide", "a deck". */
  readonly owner: string;
  /** The thing itself, for a fix: "the slide", "the deck". */
  readonly subject: string;
  readonly report: ShapeReport;
}

/**
 * Checks an object's fields against their schema; true when nothing was reported. `prefix` is
 * the object's own path ("attribution."), empty for a slide or the deck itself.
 */
export function checkFields(
  value: Record<string, unknown>,
  fields: Fields,
  extra: ExtraFields,
  context: ShapeContext,
  prefix = '',
): boolean {
  let sound = true;
  for (const [name, shape] of Object.entries(fields)) {
    const path = `${prefix}${name}`;
    if (value[name] === undefined) {
      if (shape.optional) continue;
      sound = false;
      context.report(
        `it has no ${path}, which ${context.owner} needs`,
        `add ${name}: ${example(shape)} to ${prefix === '' ? context.subject : `its ${prefix.slice(0, -1)}`}`,
      );
      continue;
    }
    if (!checkValue(value[name], shape, path, context)) sound = false;
  }
  const known = Object.keys(fields);
  for (const name of Object.keys(value)) {
    if (Object.hasOwn(fields, name)) continue;
    const meant = closest(name, known);
    if (extra === 'refuse' || meant) {
      sound = false;
      context.report(
        `it has a field ${prefix}${name}, which ${context.owner} does not have`,
        meant ? `rename it to ${prefix}${meant}` : `remove it (its fields are ${known.join(', ')})`,
      );
    }
  }
  return sound;
}

/** Checks one value against its schema; true when nothing was reported. */
export function checkValue(value: unknown, shape: Shape, path: string, context: ShapeContext): boolean {
  const wrong = () => {
    context.report(
      `its ${path} is ${describeValue(value)}, not ${expected(shape)}`,
      `write ${path} as ${howToWrite(shape)}`,
    );
    return false;
  };
  switch (shape.kind) {
    case 'string':
      return typeof value === 'string' || wrong();
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) || wrong();
    case 'regexp':
      return value instanceof RegExp || wrong();
    case 'text':
      return isText(value) || wrong();
    case 'script':
      if (typeof value === 'string') return true;
      if (!Array.isArray(value) || !value.every((part) => typeof part === 'string')) return wrong();
      if (value.length === 0) {
        context.report(`its ${path} are an empty list`, `write ${path} as ${howToWrite(shape)}`);
        return false;
      }
      return true;
    case 'literal':
      if (typeof value === 'string' && shape.values.includes(value)) return true;
      context.report(
        `its ${path} is ${describeValue(value)}, which ${context.owner} does not take`,
        `use ${shape.values.map((option) => `"${option}"`).join(' or ')}${shape.optional ? `, or leave ${path} out` : ''}`,
      );
      return false;
    case 'list':
      if (!Array.isArray(value)) return wrong();
      return value.map((item, index) => checkValue(item, shape.of, `${path}[${index}]`, context)).every(Boolean);
    case 'tuple': {
      const least = shape.of.filter((item) => !item.optional).length;
      if (!Array.isArray(value) || value.length < least || value.length > shape.of.length) return wrong();
      return shape.of
        .map(
          (item, index) =>
            (item.optional && value[index] === undefined) ||
            checkValue(value[index], item, `${path}[${index}]`, context),
        )
        .every(Boolean);
    }
    case 'function':
      return typeof value === 'function' || wrong();
    case 'any-of': {
      // Each option is tried quietly; the message names them all.
      const quiet: ShapeContext = { ...context, report: () => {} };
      return shape.options.some((option) => checkValue(value, option, path, quiet)) || wrong();
    }
    case 'object':
      if (!isRecord(value)) return wrong();
      return checkFields(value, shape.fields, shape.extra, context, `${path}.`);
    case 'either': {
      if (!isRecord(value)) return wrong();
      const matching = shape.options.filter((option) => Object.keys(option.fields).some((key) => key in value));
      const [only] = matching;
      if (matching.length === 1 && only) return checkFields(value, only.fields, only.extra, context, `${path}.`);
      const keys = shape.options.map((option) => Object.keys(option.fields)[0] ?? '');
      context.report(
        `its ${path} has ${matching.length === 0 ? 'none' : 'more than one'} of ${keys.join(', ')}`,
        `write ${path} as ${howToWrite(shape)}`,
      );
      return false;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
}

function isText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  return (
    Array.isArray(value) &&
    value.every(
      (run) =>
        typeof run === 'string' ||
        (isRecord(run) &&
          Object.keys(run).length === 1 &&
          (typeof run.em === 'string' || typeof run.strong === 'string')),
    )
  );
}

/** A value as a message describes it: `a number (4)`, `a list`, `"row"`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value === 'number' ? 'a number' : 'a boolean'} (${value})`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value instanceof RegExp) return `a regular expression (${value})`;
  if (typeof value === 'function') return 'a function';
  return 'an object';
}

/** What a schema takes, in a word or two. */
export function expected(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
      return 'a string';
    case 'text':
      return 'text';
    case 'script':
      return 'a script';
    case 'number':
      return 'a number';
    case 'regexp':
      return 'a regular expression';
    case 'literal':
      return `one of ${shape.values.map((value) => `"${value}"`).join(', ')}`;
    case 'list':
      return 'a list';
    case 'tuple': {
      const least = shape.of.filter((item) => !item.optional).length;
      const names = shape.names.map((name, index) => (index < least ? name : `${name}?`));
      return `a list [${names.join(', ')}]`;
    }
    case 'function':
      return 'a function';
    case 'any-of':
      return shape.options.map(expected).join(' or ');
    case 'object':
    case 'either':
      return 'an object';
  }
}

/** How to write a value of the schema, for a fix. */
export function howToWrite(shape: Shape): string {
  switch (shape.kind) {
    case 'text':
      return "text: a string, or a list of strings and { em: '…' } or { strong: '…' } runs";
    case 'script':
      return 'a string, or a list of strings: what is said on arrival, then one part per fragment step';
    case 'either':
      return `one of ${shape.options.map(example).join(' or ')}`;
    default:
      return `${expected(shape)}, e.g. ${example(shape)}`;
  }
}

/** A value of the schema as it would be written in a deck module, for a fix. */
export function example(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
    case 'text':
    case 'script':
      return "'…'";
    case 'number':
      return '1';
    case 'regexp':
      return '/…/g';
    case 'literal':
      return `'${shape.values[0] ?? ''}'`;
    case 'list':
      return `[${example(shape.of)}]`;
    case 'tuple':
      return `[${shape.of
        .filter((item) => !item.optional)
        .map(example)
        .join(', ')}]`;
    case 'function':
      return '(match) => …';
    case 'any-of':
      return shape.options[0] ? example(shape.options[0]) : "'…'";
    case 'object': {
      const required = Object.entries(shape.fields).filter(([, field]) => !field.optional);
      return `{ ${required.map(([name, field]) => `${name}: ${example(field)}`).join(', ')} }`;
    }
    case 'either':
      return shape.options[0] ? example(shape.options[0]) : '{}';
  }
}

/** The known name `name` looks like a misspelling of (a letter or two wrong, missing or swapped), if any. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    const allowed = candidate.length >= 6 ? 2 : 1;
    if (distance <= allowed && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn one word into the other. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
