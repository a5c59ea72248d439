// The edtf package ships no type declarations; this is the small part of its API chipwar uses.
declare module 'edtf' {
  interface EdtfValue {
    readonly type: string;
    readonly min: number | null;
    readonly max: number | null;
  }
  export default function edtf(text: string): EdtfValue;
}
