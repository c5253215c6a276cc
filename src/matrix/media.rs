//! Photos on Matrix: an `m.image` a person sends (in the `!share` flow, say) becomes an
//! [`Attachment`] whose reference is the media's own address, and a reply or notice carrying
//! such an attachment is sent back to a Matrix room as an `m.image` pointing at the same
//! media, with no download or upload.
//!
//! References: an unencrypted image is its `mxc://` URI; an image from an encrypted room is
//! [`MATRIX_FILE_PREFIX`] followed by the JSON of its `EncryptedFile` (the URI plus the key to
//! read it), so it can be shown again in another room. Photos sent from other platforms (a
//! Telegram file id) cannot be shown on Matrix and are only mentioned, as before.

use crate::core::{Attachment, MATRIX_FILE_PREFIX};
use matrix_sdk::ruma::OwnedMxcUri;
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::room::message::{ImageMessageEventContent, MessageType};

/// The attachment for an image's media source.
pub fn attachment(source: &MediaSource) -> Option<Attachment> {
    let reference = match source {
        MediaSource::Plain(uri) => {
            if !uri.is_valid() {
                return None;
            }
            uri.to_string()
        }
        MediaSource::Encrypted(file) => {
            let json = serde_json::to_string(file).ok()?;
            format!("{MATRIX_FILE_PREFIX}{json}")
        }
    };
    Some(Attachment {
        kind: "photo".into(),
        reference,
    })
}

/// The media source an attachment's reference names, if it is a Matrix one.
pub fn source(reference: &str) -> Option<MediaSource> {
    if let Some(json) = reference.strip_prefix(MATRIX_FILE_PREFIX) {
        return serde_json::from_str(json)
            .ok()
            .map(|file| MediaSource::Encrypted(Box::new(file)));
    }
    let uri = OwnedMxcUri::from(reference);
    uri.is_valid().then_some(MediaSource::Plain(uri))
}

/// The `m.image` message that shows a photo attachment again, if it is a Matrix one.
pub fn image_message(a: &Attachment, body: &str) -> Option<MessageType> {
    if a.kind != "photo" {
        return None;
    }
    let source = source(&a.reference)?;
    Some(MessageType::Image(ImageMessageEventContent::new(
        body.to_owned(),
        source,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_image_round_trips() {
        let uri = OwnedMxcUri::from("mxc://example.org/AbCdEf123");
        let a = attachment(&MediaSource::Plain(uri.clone())).expect("attachment");
        assert_eq!(a.reference, "mxc://example.org/AbCdEf123");
        assert!(a.is_matrix());
        match source(&a.reference) {
            Some(MediaSource::Plain(back)) => assert_eq!(back, uri),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            image_message(&a, "photo"),
            Some(MessageType::Image(_))
        ));
    }

    #[test]
    fn encrypted_image_round_trips() {
        let file: matrix_sdk::ruma::events::room::EncryptedFile =
            serde_json::from_value(serde_json::json!({
                "url": "mxc://example.org/secret1",
                "key": {"kty": "oct", "key_ops": ["encrypt", "decrypt"], "alg": "A256CTR",
                        "k": "qcHVMSgYg-71CauWBezXI5qkaRb0LuIy-Wx5kIaHMIA", "ext": true},
                "iv": "X85+XgHN+HEAAAAAAAAAAA",
                "hashes": {"sha256": "5qG4fFnbbVdlAB1Q72JDKwCagV6Dbkx9uds4rSak37c"},
                "v": "v2"
            }))
            .expect("encrypted file");
        let a = attachment(&MediaSource::Encrypted(Box::new(file))).expect("attachment");
        assert!(a.reference.starts_with(MATRIX_FILE_PREFIX) && a.is_matrix());
        match source(&a.reference) {
            Some(MediaSource::Encrypted(back)) => {
                assert_eq!(back.url.as_str(), "mxc://example.org/secret1")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn other_references_are_not_matrix_media() {
        for r in [
            "AgACAgIAAxkBAAIB",
            "",
            "mxc://",
            "matrix-file:{nope",
            "http://x/y",
        ] {
            assert!(source(r).is_none(), "{r}");
        }
        let telegram = Attachment {
            kind: "photo".into(),
            reference: "AgACAgIAAxkBAAIB".into(),
        };
        assert!(!telegram.is_matrix());
        assert!(image_message(&telegram, "photo").is_none());
    }
}
