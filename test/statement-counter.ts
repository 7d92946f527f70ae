import type { KyselyPlugin } from 'kysely';

/**
 * Counts the statements sent through a Kysely instance made with `db.withPlugin(counter.plugin)` (transaction
 * begin/commit are not queries and are not counted): a request's database cost, which holds on a busy machine.
 */
export function statementCounter() {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      count++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return {
    plugin,
    /** How many statements `call` sent. */
    async of<T>(call: () => Promise<T>): Promise<{ value: T; statements: number }> {
      count = 0;
      const value = await call();
      return { value, statements: count };
    },
  };
}
