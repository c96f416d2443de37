import { describe, expect, it } from "vitest";
import { requestDrawTurn, waitingTurns } from "./draw-queue";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("draw turns", () => {
  it("runs queued turns in order, one per task", async () => {
    const ran: string[] = [];
    requestDrawTurn(() => ran.push("a"));
    requestDrawTurn(() => ran.push("b"));
    requestDrawTurn(() => ran.push("c"));
    expect(ran).toEqual([]);
    await tick();
    expect(ran).toEqual(["a"]);
    await tick();
    expect(ran).toEqual(["a", "b"]);
    await tick();
    expect(ran).toEqual(["a", "b", "c"]);
    expect(waitingTurns()).toBe(0);
  });

  it("skips a withdrawn turn", async () => {
    const ran: string[] = [];
    requestDrawTurn(() => ran.push("a"));
    const withdraw = requestDrawTurn(() => ran.push("b"));
    requestDrawTurn(() => ran.push("c"));
    withdraw();
    await tick();
    await tick();
    await tick();
    expect(ran).toEqual(["a", "c"]);
  });
});
