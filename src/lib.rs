//! miners-guide: a multilingual chatbot for artisanal and small-scale gemstone miners and their
//! cooperatives.
//!
//! Adapters (`telegram`, `matrix`, `console`) turn platform messages into [`core::Incoming`]
//! values and render [`core::Reply`] values; the [`core`] dispatcher answers them using
//! [`search`] (tantivy over the curated [`kb`]) and [`store`] (SQLite submissions).

// matrix-sdk's deeply nested futures need more than the default 128 when spawned (serve).
#![recursion_limit = "256"]

pub mod backoff;
pub mod cli;
pub mod config;
pub mod console;
pub mod core;
pub mod health;
pub mod html;
pub mod kb;
pub mod lang;
pub mod matrix;
pub mod metrics;
pub mod search;
pub mod serve;
pub mod shutdown;
pub mod store;
pub mod telegram;
pub mod text;
