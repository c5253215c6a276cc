//! The Matrix adapter's settings: which homeserver and account, where the state and crypto
//! store live, and whose invitations to accept. Built once from the program's configuration
//! (`serve`) and injected.

use std::path::PathBuf;

pub use crate::config::Secret;

/// How the bot proves who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    /// Log in with a password (`MATRIX_PASSWORD`); the session is saved in the store folder
    /// and reused on restart, so the device stays the same.
    Password(Secret),
    /// Use an existing access token (`MATRIX_ACCESS_TOKEN`); its device is the device.
    AccessToken(Secret),
}

/// Whose invitations the bot accepts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InvitePolicy {
    /// Entries are full user ids (`@ana:example.org`) or server names (`example.org`).
    /// Empty means: accept every invitation.
    pub allowed: Vec<String>,
}

impl InvitePolicy {
    /// Parses a comma- or space-separated list (`@ana:example.org, coop.example`).
    pub fn parse(list: &str) -> InvitePolicy {
        InvitePolicy {
            allowed: list
                .split([',', ' ', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }

    /// Whether an invitation sent by `inviter` (a full Matrix user id) is accepted.
    pub fn allows(&self, inviter: &str) -> bool {
        if self.allowed.is_empty() {
            return true;
        }
        let server = inviter.split_once(':').map(|(_, s)| s).unwrap_or("");
        self.allowed.iter().any(|entry| {
            if entry.starts_with('@') {
                entry.eq_ignore_ascii_case(inviter)
            } else {
                entry.eq_ignore_ascii_case(server)
            }
        })
    }
}

/// Everything the Matrix adapter needs to run.
#[derive(Debug, Clone)]
pub struct MatrixConfig {
    /// The homeserver's base URL (`https://matrix.example.org`).
    pub homeserver: String,
    /// The bot's user: a full id (`@guide:example.org`) or a localpart (`guide`).
    pub user: String,
    /// Password or access token.
    pub credentials: Credentials,
    /// Folder holding the state and crypto stores and the saved session. Keep it between
    /// restarts: losing it means a new device and no way to read older encrypted messages.
    pub store_dir: PathBuf,
    /// Whose invitations are accepted.
    pub invites: InvitePolicy,
    /// The display name given to the bot's device when it first logs in.
    pub device_name: String,
}

/// The device display name used on first login.
pub const DEFAULT_DEVICE_NAME: &str = "miners-guide bot";

#[cfg(test)]
mod tests {
    use super::*;

    /// Secrets never appear in debug output (and so never in logs).
    #[test]
    fn secrets_do_not_print() {
        let cfg = Credentials::Password(Secret::new("hunter2"));
        assert!(!format!("{cfg:?}").contains("hunter2"));
        assert!(!Secret::new("hunter2").to_string().contains("hunter2"));
    }

    /// The invite policy accepts listed users and whole servers, and everyone when empty.
    #[test]
    fn invite_policy_matches_users_and_servers() {
        let policy = InvitePolicy::parse("@ana:coop.example ngo.example");
        assert!(policy.allows("@ana:coop.example"));
        assert!(!policy.allows("@bob:coop.example"));
        assert!(policy.allows("@anyone:ngo.example"));
        assert!(!policy.allows("@mallory:evil.example"));
        assert!(InvitePolicy::default().allows("@mallory:evil.example"));
    }
}
