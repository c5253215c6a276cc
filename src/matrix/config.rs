//! The Matrix adapter's settings: which homeserver and account, where the state and crypto
//! store live, and whose invitations to accept. Read once (by `main`) and injected.

use super::Error;
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

impl MatrixConfig {
    /// Reads the adapter's settings from variables looked up with `var` (normally the process
    /// environment): `MATRIX_HOMESERVER`, `MATRIX_USER`, `MATRIX_PASSWORD` or
    /// `MATRIX_ACCESS_TOKEN`, `MATRIX_STORE_DIR` (default `matrix-store`) and the optional
    /// `MATRIX_ALLOWED_INVITERS`. Returns `Ok(None)` when `MATRIX_HOMESERVER` is unset or
    /// empty (the adapter is off).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Option<MatrixConfig>, Error> {
        let get = |name: &str| {
            var(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let Some(homeserver) = get("MATRIX_HOMESERVER") else {
            return Ok(None);
        };
        let user = get("MATRIX_USER").ok_or(Error::Config("MATRIX_USER is not set"))?;
        let credentials = match (var("MATRIX_PASSWORD"), get("MATRIX_ACCESS_TOKEN")) {
            (_, Some(token)) => Credentials::AccessToken(Secret::new(token)),
            (Some(password), None) if !password.is_empty() => {
                Credentials::Password(Secret::new(password))
            }
            _ => {
                return Err(Error::Config(
                    "MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN must be set",
                ));
            }
        };
        let store_dir = get("MATRIX_STORE_DIR").unwrap_or_else(|| "matrix-store".to_owned());
        let invites = get("MATRIX_ALLOWED_INVITERS")
            .map(|list| InvitePolicy::parse(&list))
            .unwrap_or_default();
        Ok(Some(MatrixConfig {
            homeserver,
            user,
            credentials,
            store_dir: PathBuf::from(store_dir),
            invites,
            device_name: DEFAULT_DEVICE_NAME.to_owned(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    /// Without `MATRIX_HOMESERVER` the adapter stays off.
    #[test]
    fn no_homeserver_means_adapter_off() {
        assert!(
            MatrixConfig::from_vars(vars(&[("MATRIX_USER", "bot")]))
                .unwrap()
                .is_none()
        );
    }

    /// A token wins over a password, the store folder defaults, and the inviter list is parsed.
    #[test]
    fn reads_token_store_and_inviters() {
        let cfg = MatrixConfig::from_vars(vars(&[
            ("MATRIX_HOMESERVER", "https://hs.example"),
            ("MATRIX_USER", "@guide:hs.example"),
            ("MATRIX_PASSWORD", "pw"),
            ("MATRIX_ACCESS_TOKEN", "tok"),
            ("MATRIX_ALLOWED_INVITERS", "@ana:coop.example, ngo.example"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(
            cfg.credentials,
            Credentials::AccessToken(Secret::new("tok"))
        );
        assert_eq!(cfg.store_dir, PathBuf::from("matrix-store"));
        assert_eq!(
            cfg.invites.allowed,
            vec!["@ana:coop.example", "ngo.example"]
        );
    }

    /// A homeserver without any credential is a configuration error, not a silent default.
    #[test]
    fn missing_credentials_is_an_error() {
        let err = MatrixConfig::from_vars(vars(&[
            ("MATRIX_HOMESERVER", "https://hs.example"),
            ("MATRIX_USER", "guide"),
        ]))
        .unwrap_err();
        assert!(err.to_string().contains("MATRIX_PASSWORD"));
    }

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
