// Mock of the Service Map API v2 and TPR v4 (see city-apis.mjs). Filled in by issue 13's work.
/** @param {URL} url */
export async function serviceMapMock(url) {
  void url;
  return undefined;
}
