import { useEffect, useState } from 'react';
import { droppedFolder, mixedDropMessage } from '../store/droppedFolders';
import { openCorpusFiles, openCorpusFolder } from '../store/openCorpusFile';
import { useMapStore } from '../store/useMapStore';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Opens a map or corpus file (or a folder of corpus files) dropped anywhere on the page; says
 * whether a file is being dragged over it.
 */
export function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setOver(true);
      // It may be a corpus: loading the worker takes seconds, so start it now.
      useMapStore.getState().warmBuilder();
    };
    const onOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      // A drop that something on the page took already (the "Update map" dialog's drop zone).
      const taken = event.defaultPrevented;
      event.preventDefault();
      depth = 0;
      setOver(false);
      if (taken) return;
      // A folder: its corpus files, one map.
      const folder = droppedFolder(event.dataTransfer);
      if (folder) {
        if ('mixed' in folder) useMapStore.getState().failBuild(mixedDropMessage(folder.mixed));
        else void openCorpusFolder(folder);
        return;
      }
      const files = [...(event.dataTransfer?.files ?? [])];
      // A map file opens as a map; anything else is a corpus to build (several files: one map).
      if (files.length > 0) void openCorpusFiles(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}
