// Mock of Hauki v1 (see city-apis.mjs). Filled in by issue 13's work.
/** @param {URL} url */
export async function haukiMock(url) {
  void url;
  return undefined;
}
