/**
 * The reason an input cannot be read, raised by the format readers (which do not know the file's name)
 * and turned into one InputError naming the file by readDocument.
 */
export class Unreadable extends Error {
  override name = "Unreadable";
}
