import type { Compilable, CompiledQuery, DialectAdapter, Kysely } from 'kysely';
import type { Executor } from './database.ts';

/** A named parameter marker, bound per call by {@link precompile}. */
class Param {
  constructor(readonly name: string) {}
}

/** Gives the marker for a named parameter, typed as that parameter's value. */
export type ParamFn<Params> = <K extends keyof Params & string>(name: K) => Params[K];

/**
 * A query built and compiled once per dialect, then bound and run per call: Kysely's builder
 * and compiler cost microseconds per query, which a hot path repeating one statement thousands
 * of times (the sync job's upserts, the feed page) need not pay. `build` must use `param(name)`
 * for every value that changes between calls; anything else is fixed at the first compile.
 */
export function precompile<Schema, Params extends Record<string, unknown>, Row>(
  build: (db: Kysely<Schema>, param: ParamFn<Params>) => Compilable<Row>,
): (executor: Executor<Schema>, values: Params) => Promise<Row[]> {
  const compiled = new WeakMap<DialectAdapter, CompiledQuery<Row>>();
  const param = (name: string) => new Param(name);
  return async (executor, values) => {
    const adapter = executor.getExecutor().adapter;
    let query = compiled.get(adapter);
    if (!query) {
      query = build(executor, param as ParamFn<Params>).compile();
      compiled.set(adapter, query);
    }
    const parameters = query.parameters.map((value) =>
      value instanceof Param ? values[value.name] : value,
    );
    const result = await executor.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  };
}
