import { libraryText } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import type { ValidateRequest } from "./validate.worker";
import { OFF_THREAD_CHARS, type Validation, validatesOffThread, validateText } from "./validate-text";
import { validationClient } from "./validation-client";

/** A stand-in for the validation worker: records requests, answers (with the real validation) when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<{ id: number; validation: Validation }>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  requests: ValidateRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(r: ValidateRequest) {
    this.requests.push(r);
  }
  terminate() {
    this.terminated = true;
  }
  answer(index = 0) {
    const r = this.requests[index]!;
    this.onmessage?.({ data: { id: r.id, validation: validateText(r.text, r.fileName) } } as MessageEvent<{
      id: number;
      validation: Validation;
    }>);
  }
  crash() {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
}

const start = () => new FakeWorker() as unknown as Worker;
const text = libraryText("default-comparison");

describe("validationClient", () => {
  it("answers with the same validation as the page would compute, from one reused worker", async () => {
    FakeWorker.made = [];
    const client = validationClient(start);
    const first = client.validate(text, "a.yaml");
    FakeWorker.made[0]!.answer();
    expect(await first).toEqual(validateText(text, "a.yaml"));
    const second = client.validate("name: [", "b.yaml");
    expect(FakeWorker.made).toHaveLength(1);
    FakeWorker.made[0]!.answer(1);
    const v = await second;
    expect(v?.scenario).toBeNull();
    expect(v?.issues[0]).toMatchObject({ file: "b.yaml" });
  });

  it("ends a worker busy with an older text: the older answer is null, the newer arrives", async () => {
    FakeWorker.made = [];
    const client = validationClient(start);
    const older = client.validate(text, "a.yaml");
    const newer = client.validate(text.replace("seed: 20261127", "seed: 7"), "a.yaml");
    expect(await older).toBeNull();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    // A late reply from the ended worker changes nothing.
    FakeWorker.made[0]!.answer();
    FakeWorker.made[1]!.answer();
    expect((await newer)?.scenario?.seed).toBe(7);
  });

  it("validates on the page when the worker crashes, never leaving a text unchecked", async () => {
    FakeWorker.made = [];
    const client = validationClient(start);
    const pending = client.validate(text, "a.yaml");
    FakeWorker.made[0]!.crash();
    expect((await pending)?.hash).toBe(validateText(text, "a.yaml").hash);
  });

  it("validates in-process where no Worker exists (Node)", async () => {
    expect(typeof Worker).toBe("undefined");
    expect((await validationClient().validate(text, "a.yaml"))?.scenario?.name).toBe("default-comparison");
  });

  it("sends only texts above 8 KiB off the page; the library's largest stays on it", () => {
    expect(validatesOffThread(text)).toBe(false);
    expect(validatesOffThread("x".repeat(OFF_THREAD_CHARS))).toBe(false);
    expect(validatesOffThread("x".repeat(OFF_THREAD_CHARS + 1))).toBe(true);
  });
});
