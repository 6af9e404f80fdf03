//! Tauri commands: thin — take the state, call one core function, map the error.

use roundbook_core::model::{ConcernArea, Round};
use serde::Serialize;
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

#[derive(Serialize)]
pub struct Overview {
    pub rounds: Vec<Round>,
    pub concern_areas: Vec<ConcernArea>,
}

#[tauri::command]
pub fn overview(state: State<'_, AppState>) -> Result<Overview, AppError> {
    state.with(|lib| {
        Ok(Overview {
            rounds: lib.list()?,
            concern_areas: lib.list()?,
        })
    })
}
