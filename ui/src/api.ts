// The one place where the UI talks to Rust.
import { invoke } from "@tauri-apps/api/core";

export interface RoundRow { id: string; title: string; starts_on: string; status: string; location?: string }
export interface AreaRow { id: string; title: string }
export interface Overview { rounds: RoundRow[]; concern_areas: AreaRow[] }

export function overview(): Promise<Overview> {
  return invoke<Overview>("overview");
}
