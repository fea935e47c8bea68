import { NotFound } from '../../../domain/errors';

/**
 * After a save is refused (412), the stored version the user compares with. One rule everywhere: "theirs"
 * is null only when the service says the item is gone (404). Any other failure to read (throttled, no
 * answer, unreadable) says nothing about whether it exists, so it is thrown: a null there would be shown
 * as "deleted by them", and keeping mine would then create the item a second time.
 */
export const readTheirs = async <T>(read: () => Promise<T>): Promise<T | null> => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
};
