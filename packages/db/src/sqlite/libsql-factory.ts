import {
  type Client,
  type Config,
  createClient,
  type InArgs,
  type InStatement,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client';
import { PrismaLibSql } from '@prisma/adapter-libsql';
import { type BusyRetryOptions, isBusyError, retryWhileBusy } from './busy-retry.ts';
import { connectionSettingStatements } from './connection-settings.ts';

export interface SqliteOptions {
  /** PRAGMA busy_timeout of every connection (default 5000 ms) */
  busyTimeoutMs?: number;
  /** bounded retry of a busy BEGIN or single statement, after the busy timeout ran out */
  busyRetry?: BusyRetryOptions;
  /**
   * The adapter as libsql ships it — rollback journal, busy timeout 0, deferred transactions,
   * no retry. Only the baseline of the write benchmark (apps/web/bench/quiz-writes.ts) uses it.
   */
  asShipped?: boolean;
}

/**
 * Prisma's libsql adapter factory, with every connection it opens configured by
 * `SQLITE_CONNECTION_SETTINGS` (WAL, busy timeout, synchronous NORMAL, foreign keys).
 *
 * @example
 * const prisma = new PrismaClient({ adapter: new SqliteAdapterFactory({ url: 'file:/srv/slope.db' }) });
 */
export class SqliteAdapterFactory extends PrismaLibSql {
  readonly #options: SqliteOptions;

  constructor(config: Config, options: SqliteOptions = {}) {
    super(config);
    this.#options = options;
  }

  override createClient(config: Config): Client {
    if (this.#options.asShipped) return createClient(config);
    return new ConfiguredClient(createClient(config), this.#options);
  }
}

/**
 * A libsql client whose connections all run with Slope's settings. libsql hands its open
 * connection to each transaction and opens a fresh one, lazily, for what comes next; so the
 * settings are applied when the client is created and again after every `transaction()`,
 * before the new connection runs anything else. Transactions begin IMMEDIATE: the write lock
 * is taken (waiting, then retried) at BEGIN, where nothing is lost by retrying, instead of in
 * the middle of a transaction that would then have to fail.
 *
 * A connection on which a statement failed busy is replaced before anything else runs on it:
 * libsql does not reset that statement, so the connection stays inside an implicit
 * transaction, later "successful" writes on it are never committed, and the next COMMIT
 * there fails with "SQL statements in progress" (reproduced with libsql 0.5.29).
 */
class ConfiguredClient implements Client {
  readonly #inner: Client;
  readonly #options: SqliteOptions;
  #needsSettings = true;

  constructor(inner: Client, options: SqliteOptions) {
    this.#inner = inner;
    this.#options = options;
  }

  get closed(): boolean {
    return this.#inner.closed;
  }

  get protocol(): string {
    return this.#inner.protocol;
  }

  execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql;
    return this.#retried(() => this.#inner.execute(stmt));
  }

  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode) {
    return this.#retried(() => this.#inner.batch(stmts, mode));
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#once(() => this.#inner.migrate(stmts));
  }

  async transaction(_mode?: TransactionMode): Promise<Transaction> {
    const tx = await this.#retried(() => this.#inner.transaction('write'));
    this.#needsSettings = true;
    return tx;
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#once(() => this.#inner.executeMultiple(sql));
  }

  sync() {
    return this.#inner.sync();
  }

  close(): void {
    this.#inner.close();
  }

  reconnect(): void {
    this.#inner.reconnect();
    this.#needsSettings = true;
  }

  /** For what a busy failure leaves without effect: retried with back-off. */
  #retried<T>(operation: () => Promise<T>): Promise<T> {
    return retryWhileBusy(() => this.#once(operation), this.#options.busyRetry);
  }

  /** Runs `operation` on a configured connection; a busy failure replaces the connection. */
  async #once<T>(operation: () => Promise<T>): Promise<T> {
    try {
      if (this.#needsSettings) {
        for (const sql of connectionSettingStatements(this.#options.busyTimeoutMs)) {
          await this.#inner.execute(sql);
        }
        this.#needsSettings = false;
      }
      return await operation();
    } catch (error) {
      if (isBusyError(error)) this.reconnect();
      throw error;
    }
  }
}
