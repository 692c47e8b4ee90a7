import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/** Six hex digits, for names and e-mail addresses that must not collide within a test database. */
export const unique = () => randomBytes(3).toString('hex').toUpperCase();

/** The id a built row refers to when the test gave none; `insert` replaces it with a real row's id. */
export const placeholderId = () => randomUUID();

type RowOf<F> = F extends RowFactory<infer T> ? T : never;

/**
 * A builder of one test row (as Immich's test factories): `XFactory.from({...}).build()` gives the row with
 * sensible defaults, overridden by the values given; `.insert(ds)` stores it, first inserting the rows it refers
 * to that were not given (a booking without `activityId` gets an activity, with its company and location).
 */
export abstract class RowFactory<T extends ObjectLiteral> {
  private row?: T;

  constructor(protected readonly values: Partial<T> = {}) {}

  static from<F extends RowFactory<ObjectLiteral>>(
    this: new (values: Partial<RowOf<F>>) => F,
    values: Partial<RowOf<F>> = {},
  ): F {
    return new this(values);
  }

  protected abstract readonly entity: EntityTarget<T>;

  /** Every column a test does not care about; foreign keys as placeholders. */
  protected abstract defaults(): Partial<T>;

  /** Inserts the rows this one refers to and the test did not give; returns the columns that point at them. */
  protected parents(_ds: DataSource): Promise<Partial<T>> {
    return Promise.resolve({});
  }

  /** The row, without touching a database; the same object on every call. */
  build(): T {
    this.row ??= { ...this.defaults(), ...this.values } as T;
    return this.row;
  }

  /** Inserts the row (and the rows it needs) and returns it as stored, with the database's defaults. */
  async insert(ds: DataSource): Promise<T> {
    const repository = ds.getRepository(this.entity);
    const parents = await this.parents(ds);
    const saved = await repository.save({ ...this.build(), ...parents, ...this.values });
    return repository.findOneByOrFail(repository.metadata.getEntityIdMap(saved) as FindOptionsWhere<T>);
  }
}
