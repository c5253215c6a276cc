//! Tells the Matrix tests whether they can run: with a Synapse installed by `.ci/synapse
//! install` (or with `CI=true`, where a missing one is a failure), the `synapse` cfg is set;
//! without, the Matrix tests are marked ignored, so `cargo test` reports them as skipped
//! instead of passed.

use std::path::PathBuf;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(synapse)");
    for var in ["CI", "SYNAPSE_VENV", "MINERS_GUIDE_CACHE", "HOME"] {
        println!("cargo::rerun-if-env-changed={var}");
    }
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    let venv = env("SYNAPSE_VENV").map(PathBuf::from).or_else(|| {
        env("MINERS_GUIDE_CACHE")
            .map(PathBuf::from)
            .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".cache/miners-guide")))
            .map(|cache| cache.join("synapse-venv"))
    });
    let python = venv.map(|v| v.join("bin/python"));
    if let Some(python) = &python {
        println!("cargo::rerun-if-changed={}", python.display());
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if ci || python.is_some_and(|p| p.exists()) {
        println!("cargo::rustc-cfg=synapse");
    }
}
