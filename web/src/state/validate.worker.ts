/** The validation Web Worker: loads and validates large scenario texts off the page's thread. */
import { validateText } from "./validate-text";

/** A request: the text to validate, under `id` (replies carry it back). */
export interface ValidateRequest {
  id: number;
  text: string;
  fileName: string;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { id, text, fileName } = event.data;
  scope.postMessage({ id, validation: validateText(text, fileName) });
};
