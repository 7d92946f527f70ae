import { RegisterInputError } from '../domain/registers/errors.ts';
import { AppError } from '../errors.ts';

/** Runs a domain formula, answering its Thai input error as 422 with the field at fault. */
export function domainOr422<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RegisterInputError)
      throw new AppError(422, 'register_input', error.message, error.field);
    throw error;
  }
}
