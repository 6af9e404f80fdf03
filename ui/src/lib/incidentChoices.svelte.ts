// Incidents to link a record to (a case's incidents). The catalogue leaves incidents out
// (they are paged from the core), so the forms that link to them load the most recent
// ones here, with every incident already linked, to tick and to show by name.
import * as api from "../api";
import type { Incident } from "../bindings/Incident";

/** At most this many recent incidents are offered; linked ones always are. */
const RECENT = 1000;

export type IncidentChoice = Pick<Incident, "id" | "title" | "occurred_on" | "sensitivity">;

export const incidentChoices = $state({ list: [] as IncidentChoice[] });

let seq = 0;
/** Loads the recent incidents, and those of `linked` that are older. */
export async function loadIncidentChoices(linked: readonly string[] = []): Promise<void> {
  const mine = ++seq;
  const page = await api.listIncidents({ sort: "date_descending", offset: 0, limit: RECENT });
  const list: IncidentChoice[] = page.items.map(({ id, title, occurred_on, sensitivity }) => ({ id, title, occurred_on, sensitivity }));
  const have = new Set(list.map((i) => i.id));
  const older = await Promise.all(
    linked.filter((id) => !have.has(id)).map((id) => api.getIncident(id).catch(() => null)),
  );
  for (const i of older) if (i) list.push({ id: i.id, title: i.title, occurred_on: i.occurred_on, sensitivity: i.sensitivity });
  if (mine === seq) incidentChoices.list = list;
}
