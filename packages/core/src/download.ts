/**
 * Offers text as a file download (CSV, JSON) without leaving the page: a Blob URL on a hidden link
 * inside the element's own root, clicked once and revoked soon after.
 */
export function downloadText(root: ParentNode & Node, fileName: string, body: string, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (root as ParentNode).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
