// jsonstat-toolkit ships no type declarations; jsonstat.ts describes the parts it uses.
declare module 'jsonstat-toolkit' {
  const JSONstat: (input: object) => unknown;
  export default JSONstat;
}
