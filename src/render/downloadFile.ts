/**
 * Saves `data` as a file named `fileName` through the browser's download (a temporary object URL
 * on an <a download> link). The URL is revoked a little later: revoking it at once can cancel the
 * download in some browsers before it has read the blob.
 */
export function downloadFile(fileName: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
