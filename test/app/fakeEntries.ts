/**
 * Stand-ins for the entries DataTransferItem.webkitGetAsEntry() gives for a dropped folder and its
 * files (jsdom has none): a folder's reader gives its entries in batches of 2, then an empty one,
 * as readEntries does.
 */
const nameOf = (fullPath: string): string => fullPath.slice(fullPath.lastIndexOf('/') + 1);

export const fakeFileEntry = (fullPath: string, text: string) => ({
  isFile: true,
  isDirectory: false,
  name: nameOf(fullPath),
  fullPath,
  file: (done: (f: File) => void) => done(new File([text], nameOf(fullPath))),
});

export const fakeFolderEntry = (fullPath: string, children: object[]) => ({
  isFile: false,
  isDirectory: true,
  name: nameOf(fullPath),
  fullPath,
  createReader: () => {
    const batches = [children.slice(0, 2), children.slice(2), []];
    return { readEntries: (done: (entries: object[]) => void) => done(batches.shift() ?? []) };
  },
});

/** A drop's dataTransfer carrying these entries, as Chromium gives it (`files` lists them too). */
export const dataTransferOf = (entries: { name: string }[]) => ({
  types: ['Files'],
  files: entries.map((entry) => new File([], entry.name)),
  items: entries.map((entry) => ({ webkitGetAsEntry: () => entry })),
});
