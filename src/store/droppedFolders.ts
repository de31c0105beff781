import { isCorpusFileName } from '../core/corpus/isCorpusFileName';
import { compareKeys } from '../core/util';

/** A file found in a dropped folder, named from the folder on ("works/updated_date=…/part_000.gz"). */
export interface FolderFile {
  file: File;
  path: string;
}

/**
 * The corpus files in a dropped folder and its folders, in path order, as build:map reads a
 * folder given as --input (isCorpusFileName: a corpus extension or .gz; not hidden files, the
 * OpenAlex snapshot's `manifest` or Topic Map's own maps). Entries come from
 * DataTransferItem.webkitGetAsEntry(), taken while the drop event lasts.
 */
export async function folderFiles(folder: FileSystemDirectoryEntry): Promise<FolderFile[]> {
  const found: FolderFile[] = [];
  const walk = async (dir: FileSystemDirectoryEntry): Promise<void> => {
    const reader = dir.createReader();
    const entries: FileSystemEntry[] = [];
    // readEntries gives a batch at a time (Chromium: 100), then an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((done, fail) => reader.readEntries(done, fail));
      if (batch.length === 0) break;
      entries.push(...batch);
    }
    entries.sort((a, b) => compareKeys(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry);
      else if (entry.isFile && isCorpusFileName(entry.name)) {
        const file = await new Promise<File>((done, fail) => (entry as FileSystemFileEntry).file(done, fail));
        found.push({ file, path: entry.fullPath.replace(/^\//, '') });
      }
    }
  };
  await walk(folder);
  return found;
}

/**
 * The folder a drop carries, taken while the drop event lasts (its entry is not to be had after):
 * the folder when it was dropped alone, `mixed` when with other things, else undefined (files).
 */
export function droppedFolder(data: DataTransfer | null): FileSystemDirectoryEntry | { mixed: string } | undefined {
  // Only what has an entry (a file or a folder): a drop may carry text items beside them.
  const entries = [...(data?.items ?? [])].flatMap((item) => item.webkitGetAsEntry?.() ?? []);
  const folder = entries.find((entry): entry is FileSystemDirectoryEntry => entry.isDirectory);
  if (!folder) return undefined;
  return entries.length === 1 ? folder : { mixed: folder.name };
}

/** Why a folder dropped with other things is not read. */
export const mixedDropMessage = (folder: string): string => `${folder} is a folder: drop it alone, or its files`;
