//! Logging the bot in so that it stays the same device across restarts: the session (user,
//! device id, access token) is saved in the store folder beside the state and crypto stores and
//! restored on the next start; a password login happens only the first time, or when the saved
//! token was revoked (then with the same device id, so the device keys stay valid).

use super::{Credentials, Error, MatrixConfig};
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::encryption::EncryptionSettings;
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::{OwnedDeviceId, OwnedUserId, UserId};
use matrix_sdk::store::RoomLoadSettings;
use matrix_sdk::{Client, SessionMeta, SessionTokens};
use std::path::{Path, PathBuf};

/// The file, inside the store folder, holding the saved session.
pub const SESSION_FILE: &str = "session.json";

/// A logged-in client whose stores live in `cfg.store_dir`.
pub(super) async fn login(cfg: &MatrixConfig) -> Result<Client, Error> {
    create_private_dir(&cfg.store_dir)?;
    let session_path = cfg.store_dir.join(SESSION_FILE);
    let saved = read_session(&session_path)?;
    if let Some(saved) = &saved {
        check_same_user(cfg, &saved.meta.user_id)?;
    }
    match &cfg.credentials {
        Credentials::Password(password) => {
            if let Some(saved) = saved {
                let device_id = saved.meta.device_id.clone();
                let client = build(cfg).await?;
                client
                    .matrix_auth()
                    .restore_session(saved, RoomLoadSettings::default())
                    .await?;
                match client.whoami().await {
                    Ok(_) => {
                        log::info!(
                            "matrix: restored session (device {device_id}) from {}",
                            session_path.display()
                        );
                        return Ok(client);
                    }
                    Err(err) if is_unknown_token(&err) => {
                        log::warn!(
                            "matrix: saved access token was revoked; logging in again as device {device_id}"
                        );
                        drop(client);
                        let client = build(cfg).await?;
                        client
                            .matrix_auth()
                            .login_username(&cfg.user, password.expose())
                            .device_id(device_id.as_str())
                            .initial_device_display_name(&cfg.device_name)
                            .send()
                            .await?;
                        save(&client, &session_path)?;
                        return Ok(client);
                    }
                    Err(err) => return Err(err.into()),
                }
            }
            let client = build(cfg).await?;
            client
                .matrix_auth()
                .login_username(&cfg.user, password.expose())
                .initial_device_display_name(&cfg.device_name)
                .send()
                .await?;
            save(&client, &session_path)?;
            if let Some(device) = client.device_id() {
                log::info!("matrix: logged in as new device {device}");
            }
            Ok(client)
        }
        Credentials::AccessToken(token) => {
            let (user_id, device_id) = whoami_for_token(cfg, token.expose()).await?;
            check_same_user(cfg, &user_id)?;
            let client = build(cfg).await?;
            let session = MatrixSession {
                meta: SessionMeta { user_id, device_id },
                tokens: SessionTokens {
                    access_token: token.expose().to_owned(),
                    refresh_token: None,
                },
            };
            client
                .matrix_auth()
                .restore_session(session, RoomLoadSettings::default())
                .await?;
            Ok(client)
        }
    }
}

/// The user and device an access token belongs to.
async fn whoami_for_token(
    cfg: &MatrixConfig,
    token: &str,
) -> Result<(OwnedUserId, OwnedDeviceId), Error> {
    // A throw-away in-memory client: `whoami` needs a session, and the real session needs
    // the device id that only `whoami` tells.
    let probe = Client::builder()
        .homeserver_url(&cfg.homeserver)
        .build()
        .await?;
    let placeholder = MatrixSession {
        meta: SessionMeta {
            user_id: UserId::parse("@probe:localhost")
                .map_err(|_| Error::InvalidId("probe".into()))?,
            device_id: "PROBE".into(),
        },
        tokens: SessionTokens {
            access_token: token.to_owned(),
            refresh_token: None,
        },
    };
    probe
        .matrix_auth()
        .restore_session(placeholder, RoomLoadSettings::default())
        .await?;
    let who = probe.whoami().await?;
    let device_id = who.device_id.ok_or(Error::Config(
        "MATRIX_ACCESS_TOKEN belongs to no device; log in with MATRIX_PASSWORD instead",
    ))?;
    Ok((who.user_id, device_id))
}

async fn build(cfg: &MatrixConfig) -> Result<Client, Error> {
    // With a password, matrix-sdk also creates the account's cross-signing identity on first
    // login and signs this device with it: clients that only share room keys with devices
    // cross-signed by their owner (MSC4153) then still talk to the bot.
    let cross_signing = matches!(cfg.credentials, Credentials::Password(_));
    Ok(Client::builder()
        .homeserver_url(&cfg.homeserver)
        .sqlite_store(&cfg.store_dir, None)
        .with_encryption_settings(EncryptionSettings {
            auto_enable_cross_signing: cross_signing,
            ..EncryptionSettings::default()
        })
        .build()
        .await?)
}

fn is_unknown_token(err: &matrix_sdk::HttpError) -> bool {
    matches!(
        err.client_api_error_kind(),
        Some(ErrorKind::UnknownToken { .. })
    )
}

/// Refuses a store folder that belongs to another account than the configured one.
fn check_same_user(cfg: &MatrixConfig, stored: &UserId) -> Result<(), Error> {
    let wanted = cfg.user.trim();
    let same = if wanted.starts_with('@') {
        wanted == stored.as_str()
    } else {
        wanted.eq_ignore_ascii_case(stored.localpart())
    };
    if same {
        Ok(())
    } else {
        Err(Error::StoreOfOtherUser {
            store: cfg.store_dir.clone(),
            user: stored.to_string(),
        })
    }
}

fn read_session(path: &Path) -> Result<Option<MatrixSession>, Error> {
    match std::fs::read(path) {
        Ok(bytes) => {
            serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|source| Error::SessionFormat {
                    path: path.to_owned(),
                    source,
                })
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::SessionIo {
            path: path.to_owned(),
            source,
        }),
    }
}

/// Saves the client's session (it holds the access token: owner-only permissions).
fn save(client: &Client, path: &Path) -> Result<(), Error> {
    let session = client
        .matrix_auth()
        .session()
        .ok_or(Error::Config("login gave no session"))?;
    let json = serde_json::to_vec_pretty(&session).map_err(|source| Error::SessionFormat {
        path: path.to_owned(),
        source,
    })?;
    let tmp = path.with_extension("json.tmp");
    write_private(&tmp, &json).map_err(|source| Error::SessionIo {
        path: tmp.clone(),
        source,
    })?;
    std::fs::rename(&tmp, path).map_err(|source| Error::SessionIo {
        path: path.to_owned(),
        source,
    })
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn create_private_dir(dir: &PathBuf) -> Result<(), Error> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|source| Error::SessionIo {
        path: dir.clone(),
        source,
    })
}
