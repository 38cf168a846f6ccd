'use client';

import { useReducer, useState, type ChangeEvent, type FormEvent } from 'react';

// The forms' state, kept small so every route that has a form loads little (decision 0024). Inputs
// are uncontrolled: a field's value is read from the page when it changes and written to it when
// the field appears or the form sets it, so typing re-renders nothing but what watches the field.
// Values are nested (`answers.q8`, `members.0.dob.day`); errors are flat, by the same names, as the
// server's verbs give them.

/** The dotted names of a form's fields: `status`, `answers.q8`, `members.0.dob.day`. */
export type FieldPath<V> = V extends readonly (infer E)[]
  ? `${number}` | `${number}.${FieldPath<E>}`
  : V extends object
    ? { [K in keyof V & string]: K | `${K}.${FieldPath<V[K]>}` }[keyof V & string]
    : never;

/** The value at a field's name. */
export type FieldValue<V, P> = P extends `${infer K}.${infer Rest}`
  ? FieldValue<K extends keyof V ? V[K] : V extends readonly (infer E)[] ? E : unknown, Rest>
  : P extends keyof V
    ? V[P]
    : V extends readonly (infer E)[]
      ? E
      : unknown;

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What `register` gives an input to spread: its name, and how the form finds and hears it. */
export interface Registration {
  name: string;
  ref: (element: FieldElement | null) => (() => void) | undefined;
  onChange: (event: ChangeEvent<FieldElement>) => void;
}

export interface Form<V extends object> {
  register(name: FieldPath<V>, options?: { onChange?: (event: ChangeEvent<FieldElement>) => void }): Registration;
  /** The field's value now; the component re-renders when it changes. */
  watch<P extends FieldPath<V>>(name: P): FieldValue<V, P>;
  getValues(): V;
  getValues<P extends FieldPath<V>>(name: P): FieldValue<V, P>;
  setValue<P extends FieldPath<V>>(name: P, value: FieldValue<V, P>): void;
  /** Back to the values it started with, or to `values`, which become where it starts. */
  reset(values?: V): void;
  resetField(name: FieldPath<V>): void;
  /** Takes row `index` out of the list at `name`, its errors with it; the later rows' errors move up with them. */
  removeRow(name: FieldPath<V>, index: number): void;
  setError(name: string, message: string): void;
  /** The messages by field name, in the order they were set. */
  readonly errors: Readonly<Record<string, string>>;
  errorOf(name: string): string | undefined;
  readonly isSubmitting: boolean;
  /** A submit handler: the last errors go, then `send` runs with the values; `isSubmitting` meanwhile. */
  handleSubmit(send: (values: V) => Promise<void> | void): (event?: FormEvent) => Promise<void>;
}

export function useForm<V extends object>({ defaultValues }: { defaultValues: V }): Form<V> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [form] = useState(() => createForm(defaultValues, rerender));
  return form;
}

/** The rows of a list field (`members`): a key each, to render them by, and adding and removing rows. */
export function useFieldArray<V extends object>(form: Form<V>, name: FieldPath<V>) {
  const rows = () => (form.getValues(name) as unknown[] | undefined) ?? [];
  const [keys, setKeys] = useState(() => rows().map(newKey));
  return {
    fields: keys.map((id) => ({ id })),
    append(row: unknown) {
      setKeys((k) => [...k, newKey()]);
      form.setValue(name, [...rows(), row] as never);
    },
    remove(index: number) {
      setKeys((k) => k.filter((_, i) => i !== index));
      form.removeRow(name, index);
    },
  };
}

let lastKey = 0;
const newKey = () => `row-${++lastKey}`;

function createForm<V extends object>(initial: V, notify: () => void): Form<V> {
  // Every value comes in as a copy of its own: a caller's object may share parts (one blank date for
  // two fields, or for every person added), and a server action's arguments must not. React sends a
  // part seen twice as a reference to the first (`"$0:0:sentOn"`), which the server refuses with a 400.
  let defaults = copyOf(initial);
  let values = defaults;
  let errors: Record<string, string> = {};
  let submitting = false;
  const elements = new Map<string, Set<FieldElement>>();
  const registrations = new Map<string, Registration>();
  const changeHandlers = new Map<string, ((event: ChangeEvent<FieldElement>) => void) | undefined>();
  const watched = new Set<string>();

  const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  const attached = (name: string) => [...(elements.get(name) ?? [])].filter((el) => el.isConnected);
  /** Shows the form's values in the fields at or under `name` (all of them without one). */
  const show = (name?: string) => {
    for (const field of elements.keys()) {
      if (name !== undefined && !related(field, name)) continue;
      const value = getPath(values, field);
      for (const el of attached(field)) write(el, value);
    }
  };

  const form: Form<V> = {
    register(name, options) {
      changeHandlers.set(name, options?.onChange);
      let registration = registrations.get(name);
      if (!registration) {
        registration = {
          name,
          ref(el) {
            if (!el) return undefined;
            const set = elements.get(name) ?? new Set();
            elements.set(name, set);
            set.add(el);
            write(el, getPath(values, name));
            return () => set.delete(el);
          },
          onChange(event) {
            values = setPath(values, name.split('.'), read(attached(name), getPath(values, name)));
            changeHandlers.get(name)?.(event);
            if ([...watched].some((w) => related(w, name))) notify();
          },
        };
        registrations.set(name, registration);
      }
      return registration;
    },
    watch(name) {
      watched.add(name);
      return getPath(values, name) as never;
    },
    getValues: ((name?: string) => (name === undefined ? values : getPath(values, name))) as Form<V>['getValues'],
    setValue(name, value) {
      values = setPath(values, name.split('.'), copyOf(value));
      show(name);
      notify();
    },
    reset(next) {
      if (next) defaults = copyOf(next);
      values = defaults;
      errors = {};
      show();
      notify();
    },
    resetField(name) {
      values = setPath(values, name.split('.'), getPath(defaults, name));
      show(name);
      notify();
    },
    removeRow(name, index) {
      const rows = (getPath(values, name) as unknown[] | undefined) ?? [];
      values = setPath(values, name.split('.'), rows.filter((_, i) => i !== index));
      const row = new RegExp(`^${name.replace(/\./g, '\\.')}\\.(\\d+)(\\..*|$)`);
      errors = Object.fromEntries(
        Object.entries(errors).flatMap(([field, message]) => {
          const [, i, rest] = field.match(row) ?? [];
          if (i === undefined || Number(i) < index) return [[field, message]];
          return Number(i) === index ? [] : [[`${name}.${Number(i) - 1}${rest}`, message]];
        }),
      );
      show(name);
      notify();
    },
    setError(name, message) {
      errors = { ...errors, [name]: message };
      notify();
    },
    get errors() {
      return errors;
    },
    errorOf: (name) => errors[name],
    get isSubmitting() {
      return submitting;
    },
    handleSubmit(send) {
      return async (event) => {
        event?.preventDefault();
        errors = {};
        submitting = true;
        notify();
        try {
          await send(values);
        } finally {
          submitting = false;
          notify();
        }
      };
    },
  };
  return form;
}

function isChoice(el: FieldElement): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
}

/** Puts a value into an input: a box ticked if the value (or list of values) holds its own. */
function write(el: FieldElement, value: unknown) {
  if (isChoice(el)) el.checked = Array.isArray(value) ? value.includes(el.value) : typeof value === 'boolean' ? value : value === el.value;
  else el.value = value == null ? '' : String(value);
}

/** A field's value from its inputs: a group of checkboxes gives the list ticked, a lone one whether it is. */
function read(els: FieldElement[], current: unknown): unknown {
  const [first] = els;
  if (!first) return current;
  if (!isChoice(first)) return first.value;
  const ticked = (els as HTMLInputElement[]).filter((el) => el.checked);
  if (first.type === 'radio') return ticked[0]?.value ?? current;
  return els.length > 1 || Array.isArray(current) ? ticked.map((el) => el.value) : first.checked;
}

/** A deep copy of the plain objects and lists in `value`, none of them shared (structuredClone keeps sharing). */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)])) as T;
  }
  return value;
}

function getPath(from: unknown, name: string): unknown {
  return name.split('.').reduce<unknown>((at, key) => (at == null ? undefined : (at as Record<string, unknown>)[key]), from);
}

/** A copy of `into` with `value` at the path, copying each object or list on the way. */
function setPath<T>(into: T, [key, ...rest]: string[], value: unknown): T {
  if (key === undefined) return value as T;
  const base = (into ?? (/^\d+$/.test(key) ? [] : {})) as Record<string, unknown>;
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string, unknown>;
  copy[key] = setPath(base[key], rest, value);
  return copy as T;
}
