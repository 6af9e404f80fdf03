// Opening a record where it is kept, from anywhere (search results, the readiness check):
// most kinds in the record editor (to read, or to edit when the user came to fix it) over the current screen, benchmarks and areas
// on their screen, cases and their timeline entries on the case's page, rounds, their outcomes and
// ask results on the round's page (closing any record open over it). The compiler checks that
// every kind is handled.
import * as api from "../api";
import type { Kind } from "../bindings/Kind";
import { app, go } from "./app.svelte";
import { closeEditor, edit, view as read } from "./editor.svelte";

export async function openRecord(kind: Kind, id: string, how: "read" | "edit" = "read"): Promise<void> {
  const c = app.catalogue!;
  const view = how === "edit" ? edit : read;
  const find = <T extends { id: string }>(list: T[]) => list.find((x) => x.id === id);
  switch (kind) {
    case "incident":
      view("incident", await api.getIncident(id));
      return;
    case "benchmark":
    case "concern_area":
      closeEditor();
      go("areas", { id });
      return;
    case "assessment": {
      const a = find(c.assessments);
      if (a) {
        closeEditor();
        go("areas", { id: a.benchmark_id });
      }
      return;
    }
    case "case":
      closeEditor();
      go("cases", { id });
      return;
    case "case_entry": {
      const e = find(c.case_entries);
      if (e) {
        closeEditor();
        go("cases", { id: e.case_id });
      }
      return;
    }
    case "commitment": {
      const r = find(c.commitments);
      if (r) view("commitment", r);
      return;
    }
    case "source": {
      const r = find(c.sources);
      if (r) view("source", r);
      return;
    }
    case "ask": {
      const r = find(c.asks);
      if (r) view("ask", r);
      return;
    }
    case "round": {
      const r = find(c.rounds);
      if (r && how === "edit") edit("round", r);
      else if (r) {
        closeEditor();
        go("rounds", { id });
      }
      return;
    }
    case "round_outcome": {
      const o = find(c.round_outcomes);
      if (o) {
        closeEditor();
        go("rounds", { id: o.round_id });
      }
      return;
    }
    case "ask_result": {
      const r = find(c.ask_results);
      const o = r && c.round_outcomes.find((x) => x.id === r.outcome_id);
      if (o) {
        closeEditor();
        go("rounds", { id: o.round_id });
      }
      return;
    }
    case "negotiation": {
      const r = find(c.negotiations);
      if (r) view("negotiation", r);
      return;
    }
    case "pack":
      go("home");
      return;
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
}
