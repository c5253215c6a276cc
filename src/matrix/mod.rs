//! The Matrix adapter: runs the same [`Bot`] in Matrix rooms, encrypted ones included.
//!
//! It logs in (reusing the saved session and device across restarts), joins the rooms it is
//! invited to, turns each new text message into an [`Incoming`], and sends the core's answer
//! back as HTML with a plain-text body, as a reply to the asking message. Matrix has no
//! buttons: actions are shown as `!` commands ([`render::typed_command`]), and `!more` is mapped
//! back to the last result page shown in the room (with none, it says there is nothing more).
//!
//! Moderators may also decide with a reaction on a message that offers `!approve <id>`:
//! 👍 or ✅ approves, 👎 or ❌ rejects (the core then asks for the reason).
//!
//! End-to-end encryption is on: the SQLite store in [`MatrixConfig::store_dir`] holds the
//! device keys, and matrix-sdk encrypts and decrypts transparently. After a password login the
//! bot's device is also cross-signed by the account, as strict clients require.
//!
//! An unreachable homeserver never ends the adapter: [`MatrixAdapter::connect_retrying`] and
//! [`MatrixAdapter::run`] try again with capped backoff ([`crate::backoff`]) for as long as it
//! takes, and syncing resumes from the last sync token, so invitations and messages that
//! arrived meanwhile are joined and answered. A token the homeserver no longer accepts leads
//! to a new login (same device) when a password is configured. Only what retrying cannot fix
//! ends it: wrong credentials, an unusable store, a revoked `MATRIX_ACCESS_TOKEN`. Its state is
//! reported to a [`crate::health`] registry when it is given one.
//!
//! Settings come from the program's configuration ([`crate::config`], which `serve` maps onto a
//! [`MatrixConfig`]): `MATRIX_HOMESERVER`, `MATRIX_USER`, `MATRIX_PASSWORD` or
//! `MATRIX_ACCESS_TOKEN`, `MATRIX_STORE_DIR`, `MATRIX_ALLOWED_INVITERS`.

// What every build has: how Matrix renders and what it can do (the fuzz targets and a
// Telegram-only build use these); the adapter needs matrix-sdk and the `matrix` feature.
pub mod render;

#[cfg(feature = "matrix")]
mod adapter;
#[cfg(feature = "matrix")]
pub mod address;
#[cfg(feature = "matrix")]
mod config;
#[cfg(feature = "matrix")]
pub mod media;
#[cfg(feature = "matrix")]
mod session;

#[cfg(feature = "matrix")]
pub use adapter::*;
#[cfg(feature = "matrix")]
pub use config::{Credentials, DEFAULT_DEVICE_NAME, InvitePolicy, MatrixConfig, Secret};
#[cfg(feature = "matrix")]
pub use session::SESSION_FILE;

/// What Matrix can do, as the core needs to know: people type `!find` (clients keep `/` for
/// themselves; `/find` works too), and a private chat is a room of its own, not a user id.
pub const CAPABILITIES: crate::core::Capabilities = crate::core::Capabilities {
    command_prefix: '!',
    accepts_bang: true,
    private_by_user_id: false,
    open_commands: crate::core::OpenCommands::Spaced,
};
