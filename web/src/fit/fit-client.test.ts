import { describe, expect, it } from "vitest";
import { fitClient } from "./fit-client";
import type { FitReply, FitRequest } from "./fit-request";
import { EXAMPLE_INCIDENTS } from "./fit-test-data";

/** A stand-in for the fit worker: records what it gets, answers when told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<FitReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  requests: FitRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(r: FitRequest) {
    this.requests.push(r);
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: FitReply) {
    this.onmessage?.({ data: reply } as MessageEvent<FitReply>);
  }
}

const start = () => new FakeWorker() as unknown as Worker;
const request = { name: "i.csv", text: "x", options: { classMap: [], components: [] } };

describe("fitClient", () => {
  it("runs each fit in its own worker and ends it with the answer", async () => {
    FakeWorker.made = [];
    const client = fitClient(start);
    const pending = client.fit(request);
    const w = FakeWorker.made[0]!;
    const id = w.requests[0]!.id;
    w.answer({ id, kind: "failed", message: "m" });
    expect(await pending).toEqual({ id, kind: "failed", message: "m" });
    expect(w.terminated).toBe(true);
  });

  it("a newer fit supersedes the running one: the old answer is null and its worker ended", async () => {
    FakeWorker.made = [];
    const client = fitClient(start);
    const first = client.fit(request);
    const second = client.fit(request);
    const [w1, w2] = FakeWorker.made;
    expect(w1!.terminated).toBe(true);
    expect(await first).toBeNull();
    // A late answer of the first worker changes nothing.
    w1!.answer({ id: w1!.requests[0]!.id, kind: "failed", message: "late" });
    w2!.answer({ id: w2!.requests[0]!.id, kind: "failed", message: "second" });
    expect(await second).toMatchObject({ message: "second" });
  });

  it("cancel ends the worker and resolves null; a crash becomes a failed reply", async () => {
    FakeWorker.made = [];
    const client = fitClient(start);
    const cancelled = client.fit(request);
    client.cancel();
    expect(await cancelled).toBeNull();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    const crashed = client.fit(request);
    FakeWorker.made[1]!.onerror?.({ message: "boom", preventDefault() {} } as ErrorEvent);
    expect(await crashed).toMatchObject({ kind: "failed", message: "boom" });
  });

  it("fits in-process where there is no Worker (Node)", async () => {
    const reply = await fitClient().fit({ ...request, text: EXAMPLE_INCIDENTS });
    expect(reply?.kind).toBe("fitted");
  });
});
