//! The index folder on disk. Each build goes into a fresh sub-folder (`idx-…`); a small
//! `CURRENT` file, replaced atomically (write, fsync, rename), names the finished one together
//! with the content hash it was built from. A crash mid-build leaves `CURRENT` pointing at the
//! previous build (or at nothing), so the next start rebuilds instead of opening a broken index.
//! Other files in the folder (such as `.gitkeep`) are never touched.

use super::Error;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The name of the pointer file.
const CURRENT: &str = "CURRENT";
/// The prefix of build folders.
const BUILD_PREFIX: &str = "idx-";

/// What `CURRENT` says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Pointer {
    /// The content hash (data, synonyms and format version) the build was made from.
    pub hash: String,
    /// The build folder's name inside the index folder.
    pub dir: String,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Reads `CURRENT`; `None` when it is missing or not understood.
pub(crate) fn read_pointer(index_dir: &Path) -> Option<Pointer> {
    let text = std::fs::read_to_string(index_dir.join(CURRENT)).ok()?;
    let mut hash = None;
    let mut dir = None;
    for line in text.lines() {
        match line.split_once('=') {
            Some(("hash", v)) => hash = Some(v.trim().to_string()),
            Some(("dir", v)) => dir = Some(v.trim().to_string()),
            _ => {}
        }
    }
    let dir = dir?;
    if !dir.starts_with(BUILD_PREFIX) || dir.contains(['/', '\\']) || dir.contains("..") {
        return None;
    }
    Some(Pointer { hash: hash?, dir })
}

/// Creates the index folder (if needed) and a new, empty build folder inside it.
pub(crate) fn new_build_dir(index_dir: &Path, hash: &str) -> Result<(String, PathBuf), Error> {
    std::fs::create_dir_all(index_dir).map_err(io(index_dir))?;
    let nanos = SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let short = hash.get(..12).unwrap_or(hash);
    let name = format!("{BUILD_PREFIX}{short}-{}-{nanos}", std::process::id());
    let path = index_dir.join(&name);
    std::fs::create_dir(&path).map_err(io(&path))?;
    Ok((name, path))
}

/// Points `CURRENT` at a finished build, atomically and durably.
pub(crate) fn write_pointer(index_dir: &Path, pointer: &Pointer) -> Result<(), Error> {
    let tmp = index_dir.join(format!("{CURRENT}.tmp-{}", std::process::id()));
    let text = format!(
        "# miners-guide search index: which build is current (generated; safe to delete)\nhash={}\ndir={}\n",
        pointer.hash, pointer.dir
    );
    {
        let mut f = std::fs::File::create(&tmp).map_err(io(&tmp))?;
        f.write_all(text.as_bytes()).map_err(io(&tmp))?;
        f.sync_all().map_err(io(&tmp))?;
    }
    let dest = index_dir.join(CURRENT);
    std::fs::rename(&tmp, &dest).map_err(io(&dest))?;
    if let Ok(d) = std::fs::File::open(index_dir) {
        // Makes the rename durable; not every platform supports syncing a folder.
        let _ = d.sync_all();
    }
    Ok(())
}

/// Build folders younger than this are left alone: another process may be building there right
/// now (two starts at once). A later build removes them.
const MIN_AGE_TO_REMOVE: Duration = Duration::from_secs(60);

/// Removes every build folder except `keep` (best effort: a folder another process still uses
/// may refuse, and is then left for a later build to remove). A process still reading an older
/// build keeps working from its open files; it should be restarted after a rebuild.
pub(crate) fn remove_old_builds(index_dir: &Path, keep: &str) {
    let Ok(read) = std::fs::read_dir(index_dir) else {
        return;
    };
    for item in read.flatten() {
        let name = item.file_name();
        let name = name.to_string_lossy();
        let stale_tmp = name.starts_with(&format!("{CURRENT}.tmp-"));
        if (name.starts_with(BUILD_PREFIX) && name != keep) || stale_tmp {
            let path = item.path();
            let age = item
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok());
            if age.is_none_or(|a| a < MIN_AGE_TO_REMOVE) {
                continue;
            }
            let result = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            if let Err(e) = result {
                log::debug!("search::disk: could not remove {}: {e}", path.display());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pointer written is read back; garbage or a path escaping the folder reads as none.
    #[test]
    fn pointer_round_trip_and_rejects_garbage() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_pointer(dir.path()), None);
        let p = Pointer {
            hash: "abc".into(),
            dir: "idx-abc-1-2".into(),
        };
        write_pointer(dir.path(), &p).unwrap();
        assert_eq!(read_pointer(dir.path()), Some(p));
        std::fs::write(dir.path().join(CURRENT), "hash=x\ndir=../etc\n").unwrap();
        assert_eq!(read_pointer(dir.path()), None);
        std::fs::write(dir.path().join(CURRENT), "\u{0}\u{1}garbage").unwrap();
        assert_eq!(read_pointer(dir.path()), None);
    }

    /// Old builds go; the kept one, a fresh one (maybe another process's build in progress)
    /// and unrelated files (.gitkeep) stay.
    #[test]
    fn old_builds_removed_gitkeep_kept() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".gitkeep"), "").unwrap();
        let (old, old_path) = new_build_dir(dir.path(), "aaaa").unwrap();
        let (fresh, _) = new_build_dir(dir.path(), "cccc").unwrap();
        let (keep, _) = new_build_dir(dir.path(), "bbbb").unwrap();
        let past = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::open(&old_path)
            .unwrap()
            .set_modified(past)
            .unwrap();
        remove_old_builds(dir.path(), &keep);
        assert!(dir.path().join(".gitkeep").exists());
        assert!(dir.path().join(&keep).exists());
        assert!(dir.path().join(&fresh).exists());
        assert!(!dir.path().join(&old).exists());
    }
}
